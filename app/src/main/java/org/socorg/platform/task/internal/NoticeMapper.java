package org.socorg.platform.task.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface NoticeMapper {

    /** Addressed to the user, or to one of their groups in their authority (the one rule of who sees a notice). */
    String VISIBLE = """
            (n.recipient_user = #{userId}
            <if test="divisionCode != null and !groups.isEmpty()">
              OR (n.division_code = #{divisionCode} AND n.recipient_group IN
                <foreach collection="groups" item="g" open="(" separator="," close=")">#{g}</foreach>)
            </if>)""";

    String COLUMNS = """
            n.id, n.recipient_user AS recipientUser, n.recipient_group AS recipientGroup,
              n.division_code AS divisionCode, n.kind, n.business_key AS businessKey,
              n.process_instance_id AS processInstanceId, n.subject, n.message_zh AS messageZh,
              n.message_en AS messageEn, n.created_at AS createdAt, r.read_at AS readAt
            FROM inbox_notice n
            LEFT JOIN inbox_notice_read r ON r.notice_id = n.id AND r.user_id = #{userId}""";

    @Insert("""
            INSERT INTO inbox_notice (recipient_user, recipient_group, division_code, kind, business_key,
              process_instance_id, subject, message_zh, message_en, created_at)
            VALUES (#{recipientUser}, #{recipientGroup}, #{divisionCode}, #{kind}, #{businessKey},
              #{processInstanceId}, #{subject}, #{messageZh}, #{messageEn}, #{createdAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(NoticeRow row);

    /** The user's notices with whether they read them; newest first. */
    @Select("<script>SELECT " + COLUMNS + " WHERE " + VISIBLE
            + " ORDER BY n.created_at DESC, n.id DESC LIMIT #{limit}</script>")
    List<NoticeRow> mine(@Param("userId") String userId, @Param("groups") Collection<String> groups,
            @Param("divisionCode") String divisionCode, @Param("limit") int limit);

    /** One notice, only if the user may see it. */
    @Select("<script>SELECT " + COLUMNS + " WHERE n.id = #{id} AND " + VISIBLE + "</script>")
    NoticeRow visible(@Param("id") long id, @Param("userId") String userId, @Param("groups") Collection<String> groups,
            @Param("divisionCode") String divisionCode);

    @Select("<script>SELECT COUNT(*) FROM inbox_notice n WHERE " + VISIBLE
            + " AND NOT EXISTS (SELECT 1 FROM inbox_notice_read r WHERE r.notice_id = n.id AND r.user_id = #{userId})"
            + "</script>")
    int unread(@Param("userId") String userId, @Param("groups") Collection<String> groups,
            @Param("divisionCode") String divisionCode);

    @Insert("INSERT INTO inbox_notice_read (notice_id, user_id, read_at) VALUES (#{id}, #{userId}, #{at})")
    void markRead(@Param("id") long id, @Param("userId") String userId, @Param("at") Instant at);

    /** Marks every notice the user sees and has not read yet; returns how many. */
    @Insert("<script>INSERT INTO inbox_notice_read (notice_id, user_id, read_at)"
            + " SELECT n.id, #{userId}, #{at} FROM inbox_notice n WHERE " + VISIBLE
            + " AND NOT EXISTS (SELECT 1 FROM inbox_notice_read r WHERE r.notice_id = n.id AND r.user_id = #{userId})"
            + "</script>")
    int markAllRead(@Param("userId") String userId, @Param("groups") Collection<String> groups,
            @Param("divisionCode") String divisionCode, @Param("at") Instant at);
}
