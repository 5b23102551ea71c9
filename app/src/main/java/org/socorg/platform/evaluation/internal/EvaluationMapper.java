package org.socorg.platform.evaluation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.evaluation.EvaluationQuery;
import org.socorg.platform.evaluation.EvaluationStatus;

@Mapper
public interface EvaluationMapper {

    void insert(EvaluationRow row);

    int update(EvaluationRow row);

    Optional<EvaluationRow> findById(String id);

    List<EvaluationRow> search(@Param("q") EvaluationQuery query, @Param("applicantId") String applicantId,
            @Param("divisionCode") String divisionCode);

    /** The organization's evaluations in these states, newest first. */
    List<EvaluationRow> findByCreditCode(@Param("creditCode") String creditCode,
            @Param("statuses") Collection<EvaluationStatus> statuses);

    List<EvaluationRow> findByStatus(@Param("status") EvaluationStatus status, @Param("limit") int limit,
            @Param("offset") int offset);

    void insertScore(ScoreRow row);

    List<ScoreRow> scores(@Param("evaluationId") String evaluationId, @Param("round") int round);

    void insertObjection(ObjectionRow row);

    Optional<ObjectionRow> oldestPendingObjection(String evaluationId);

    int decideObjection(ObjectionRow row);

    List<ObjectionRow> objections(String evaluationId);
}
