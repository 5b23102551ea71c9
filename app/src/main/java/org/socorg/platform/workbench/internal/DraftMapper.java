package org.socorg.platform.workbench.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.socorg.platform.workbench.DraftStatus;
import org.socorg.platform.workbench.ModelDraft;

@Mapper
public interface DraftMapper {

    void insert(ModelDraft draft);

    /** Optimistic: updates only while the draft is still in {@code expected}; returns the rows changed. */
    int update(@Param("draft") ModelDraft draft, @Param("expected") DraftStatus expected);

    ModelDraft find(@Param("id") String id);

    /** Locks the row until commit, so two reviewers cannot both approve one draft. */
    ModelDraft findForUpdate(@Param("id") String id);

    List<ModelDraft> list(@Param("status") DraftStatus status);

    void insertDeployment(@Param("deploymentId") String deploymentId, @Param("draftId") String draftId,
            @Param("author") String author, @Param("approvedBy") String approvedBy,
            @Param("deployedAt") Instant deployedAt);

    List<DeploymentRecord> deployments();

    /** Who deployed a version from the workbench. */
    record DeploymentRecord(String deploymentId, String author, String approvedBy) {
    }
}
