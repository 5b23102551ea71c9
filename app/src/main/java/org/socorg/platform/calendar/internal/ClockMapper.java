package org.socorg.platform.calendar.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ClockMapper {

    void insert(ClockRow row);

    int update(ClockRow row);

    int stop(@Param("processInstanceId") String processInstanceId, @Param("ruleKey") String ruleKey,
            @Param("now") java.time.Instant now);

    Optional<ClockRow> find(@Param("processInstanceId") String processInstanceId, @Param("ruleKey") String ruleKey);

    List<ClockRow> findByProcessInstance(@Param("processInstanceId") String processInstanceId);
}
