package org.socorg.platform.task.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface NoticeMapper {

    @Insert("""
            INSERT INTO inbox_notice (recipient_user, recipient_group, division_code, kind, business_key,
              process_instance_id, subject, message_zh, message_en, created_at)
            VALUES (#{recipientUser}, #{recipientGroup}, #{divisionCode}, #{kind}, #{businessKey},
              #{processInstanceId}, #{subject}, #{messageZh}, #{messageEn}, #{createdAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(NoticeRow row);

    /** Addressed to the user, or to one of their groups in their authority; newest first. */
    @Select("""
            <script>
            SELECT id, recipient_user AS recipientUser, recipient_group AS recipientGroup,
              division_code AS divisionCode, kind, business_key AS businessKey,
              process_instance_id AS processInstanceId, subject, message_zh AS messageZh, message_en AS messageEn,
              created_at AS createdAt
            FROM inbox_notice
            WHERE recipient_user = #{userId}
            <if test="divisionCode != null and !groups.isEmpty()">
              OR (division_code = #{divisionCode} AND recipient_group IN
                <foreach collection="groups" item="g" open="(" separator="," close=")">#{g}</foreach>)
            </if>
            ORDER BY created_at DESC, id DESC
            LIMIT #{limit}
            </script>""")
    List<NoticeRow> mine(@Param("userId") String userId, @Param("groups") Collection<String> groups,
            @Param("divisionCode") String divisionCode, @Param("limit") int limit);
}
