package org.socorg.platform.workspace.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface WorkspaceMapper {

    void insertDraft(DraftRow row);

    int updateDraft(DraftRow row);

    Optional<DraftRow> findDraft(@Param("id") String id);

    List<DraftRow> draftsOf(@Param("ownerId") String ownerId, @Param("formId") String formId);

    int deleteDraft(@Param("id") String id);

    void insertAttachment(AttachmentRow row);

    /** Without content. */
    Optional<AttachmentRow> findAttachment(@Param("id") String id);

    Optional<AttachmentRow> findAttachmentWithContent(@Param("id") String id);

    /** Without content, oldest first. */
    List<AttachmentRow> attachmentsOfDraft(@Param("draftId") String draftId);

    /** Without content, oldest first. */
    List<AttachmentRow> attachmentsOfApplication(@Param("caseKind") String caseKind,
            @Param("applicationId") String applicationId);

    int deleteAttachment(@Param("id") String id);

    int moveToApplication(@Param("draftId") String draftId, @Param("caseKind") String caseKind,
            @Param("applicationId") String applicationId);
}
