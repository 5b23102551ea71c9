package org.socorg.platform.commendation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CommendationMapper {

    void insert(CommendationRow row);

    Optional<CommendationRow> find(@Param("id") long id);

    /** Withdraws it unless already withdrawn; 0 rows when it was. */
    int withdraw(@Param("id") long id, @Param("withdrawnAt") Instant withdrawnAt,
            @Param("withdrawnBy") String withdrawnBy, @Param("reason") String reason);

    List<CommendationRow> inForce(@Param("creditCode") String creditCode);
}
