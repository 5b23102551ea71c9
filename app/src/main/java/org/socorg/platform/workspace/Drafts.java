package org.socorg.platform.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socorg.platform.annualreport.AnnualReportService;
import org.socorg.platform.evaluation.EvaluationService;
import org.socorg.platform.fundraising.FundraisingPlanService;
import org.socorg.platform.fundraising.FundraisingService;
import org.socorg.platform.identity.Caller;
import org.socorg.platform.identity.Groups;
import org.socorg.platform.registration.EstablishmentRequest;
import org.socorg.platform.registration.RegistrationApplication;
import org.socorg.platform.registration.RegistrationService;
import org.socorg.platform.shared.PlatformException;
import org.socorg.platform.workspace.internal.AttachmentRow;
import org.socorg.platform.workspace.internal.DraftRow;
import org.socorg.platform.workspace.internal.WorkspaceMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Server-side drafts and attachments. Only applicants keep drafts, and each sees only their own: another user's
 * draft or document is answered as "not found". Officials read the documents of applications they may see
 * (their jurisdiction, as {@link RegistrationService#get} decides).
 */
@Service
public class Drafts {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final WorkspaceMapper mapper;
    private final RegistrationService registrations;
    private final AnnualReportService annualReports;
    private final EvaluationService evaluations;
    private final FundraisingService qualifications;
    private final FundraisingPlanService plans;
    private final ObjectMapper json;

    Drafts(WorkspaceMapper mapper, RegistrationService registrations, AnnualReportService annualReports,
            EvaluationService evaluations, FundraisingService qualifications, FundraisingPlanService plans,
            ObjectMapper json) {
        this.mapper = mapper;
        this.registrations = registrations;
        this.annualReports = annualReports;
        this.evaluations = evaluations;
        this.qualifications = qualifications;
        this.plans = plans;
        this.json = json;
    }

    /** Creates a draft ({@code draftId} null) or replaces the answers and step of the caller's draft. */
    @Transactional
    public Draft save(Caller caller, String draftId, String formId, String title, Map<String, Object> data, int step) {
        requireApplicant(caller);
        if (formId == null || formId.isBlank() || formId.length() > 100) {
            throw PlatformException.invalid("FORM_ID_INVALID", "表单标识无效", "The form id is missing or too long");
        }
        Instant now = now();
        DraftRow row;
        if (draftId == null) {
            row = new DraftRow();
            row.setId(UUID.randomUUID().toString());
            row.setOwnerId(caller.id());
            row.setFormId(formId);
            row.setCreatedAt(now);
        } else {
            row = ownDraft(caller, draftId);
            if (!row.getFormId().equals(formId)) {
                throw PlatformException.conflict("DRAFT_OF_OTHER_FORM", "该草稿属于另一份表单",
                        "The draft belongs to another form");
            }
        }
        row.setTitle(title == null || title.isBlank() ? null : title.strip().substring(0, Math.min(200, title.strip().length())));
        row.setPayload(toJson(data == null ? Map.of() : data));
        row.setStep(Math.max(0, step));
        row.setUpdatedAt(now);
        if (draftId == null) {
            mapper.insertDraft(row);
        } else {
            mapper.updateDraft(row);
        }
        return view(row);
    }

    @Transactional(readOnly = true)
    public Draft get(Caller caller, String draftId) {
        requireApplicant(caller);
        return view(ownDraft(caller, draftId));
    }

    /** The caller's drafts, most recently saved first; {@code formId} null for all forms. */
    @Transactional(readOnly = true)
    public List<Draft> mine(Caller caller, String formId) {
        requireApplicant(caller);
        return mapper.draftsOf(caller.id(), formId).stream().map(this::view).toList();
    }

    /** Discards a draft and its documents. */
    @Transactional
    public void delete(Caller caller, String draftId) {
        requireApplicant(caller);
        ownDraft(caller, draftId);
        mapper.attachmentsOfDraft(draftId).forEach(a -> mapper.deleteAttachment(a.getId()));
        mapper.deleteDraft(draftId);
    }

    /**
     * Files the draft as an establishment application: the application is submitted, the draft's documents move to
     * it and the draft is gone, all or nothing.
     */
    @Transactional
    public RegistrationApplication submitEstablishment(Caller caller, String draftId, EstablishmentRequest request) {
        return file(caller, draftId, FiledCase.REGISTRATION, () -> registrations.submitEstablishment(caller, request),
                RegistrationApplication::id);
    }

    /**
     * Files what a draft of the caller's holds, all or nothing: {@code filing} submits it, the draft's documents move
     * to the case {@code caseId} names, of kind {@code kind} ({@code null} when the filing takes no documents: they go
     * with the draft), and the draft is gone. When the filing is refused, the draft and its documents stay as they
     * were. {@code draftId} null files without a draft.
     */
    @Transactional
    public <T> T file(Caller caller, String draftId, FiledCase kind, Supplier<T> filing, Function<T, String> caseId) {
        requireApplicant(caller);
        if (draftId != null) {
            ownDraft(caller, draftId);
        }
        T filed = filing.get();
        if (draftId != null) {
            if (kind != null) {
                mapper.moveToApplication(draftId, kind.name(), caseId.apply(filed));
            } else {
                mapper.attachmentsOfDraft(draftId).forEach(a -> mapper.deleteAttachment(a.getId()));
            }
            mapper.deleteDraft(draftId);
        }
        return filed;
    }

    /** Attaches a document to the caller's draft. */
    @Transactional
    public Attachment attach(Caller caller, String draftId, String fileName, byte[] content) {
        requireApplicant(caller);
        ownDraft(caller, draftId);
        return insert(caller, draftId, null, null, fileName, content, mapper.attachmentsOfDraft(draftId).size());
    }

    /** Attaches a document to the caller's own registration application (e.g. with supplementary material). */
    @Transactional
    public Attachment attachToApplication(Caller caller, String applicationId, String fileName, byte[] content) {
        return attachToCase(caller, FiledCase.REGISTRATION, applicationId, fileName, content);
    }

    /**
     * Attaches a document to a case the caller filed (e.g. with supplementary material). A registration application
     * takes documents until it is decided; the other cases while their filer may see them.
     */
    @Transactional
    public Attachment attachToCase(Caller caller, FiledCase kind, String caseId, String fileName, byte[] content) {
        requireApplicant(caller);
        if (kind == FiledCase.REGISTRATION) {
            RegistrationApplication application = registrations.get(caller, caseId);
            if (!caller.id().equals(application.applicantId())) {
                throw PlatformException.notFound("申请", "application", caseId);
            }
            if (application.status().finished()) {
                throw PlatformException.conflict("APPLICATION_FINISHED", "申请已办结，不能再添加材料",
                        "The application is decided; documents can no longer be added");
            }
        } else {
            requireVisible(caller, kind, caseId);
        }
        return insert(caller, null, kind, caseId, fileName, content,
                mapper.attachmentsOfApplication(kind.name(), caseId).size());
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachmentsOfDraft(Caller caller, String draftId) {
        requireApplicant(caller);
        ownDraft(caller, draftId);
        return mapper.attachmentsOfDraft(draftId).stream().map(Drafts::view).toList();
    }

    /** The documents of a registration application the caller may see (its applicant, officials of its authority). */
    @Transactional(readOnly = true)
    public List<Attachment> documents(Caller caller, String applicationId) {
        return documents(caller, FiledCase.REGISTRATION, applicationId);
    }

    /** The documents filed with a case the caller may see, as the case's own feature decides. */
    @Transactional(readOnly = true)
    public List<Attachment> documents(Caller caller, FiledCase kind, String caseId) {
        requireVisible(caller, kind, caseId);
        return mapper.attachmentsOfApplication(kind.name(), caseId).stream().map(Drafts::view).toList();
    }

    /** A document's bytes, for its uploader or anyone who may see the case it was filed with. */
    @Transactional(readOnly = true)
    public byte[] content(Caller caller, String attachmentId) {
        AttachmentRow row = mapper.findAttachmentWithContent(attachmentId)
                .orElseThrow(() -> PlatformException.notFound("材料", "document", attachmentId));
        if (!caller.id().equals(row.getOwnerId())) {
            if (row.getApplicationId() == null || row.getCaseKind() == null) {
                throw PlatformException.notFound("材料", "document", attachmentId);
            }
            requireVisible(caller, FiledCase.valueOf(row.getCaseKind()), row.getApplicationId());
        }
        return row.getContent();
    }

    /** Refused as "not found" by the owning feature, for a case the caller may not see. */
    private void requireVisible(Caller caller, FiledCase kind, String caseId) {
        switch (kind) {
            case REGISTRATION -> registrations.get(caller, caseId);
            case ANNUAL_REPORT -> annualReports.get(caller, caseId);
            case EVALUATION -> evaluations.get(caller, caseId);
            case QUALIFICATION -> qualifications.get(caller, caseId);
            case PLAN -> plans.get(caller, caseId);
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** Removes a document from the caller's draft. */
    @Transactional
    public void removeAttachment(Caller caller, String attachmentId) {
        requireApplicant(caller);
        AttachmentRow row = mapper.findAttachment(attachmentId)
                .filter(a -> caller.id().equals(a.getOwnerId()) && a.getDraftId() != null)
                .orElseThrow(() -> PlatformException.notFound("材料", "document", attachmentId));
        mapper.deleteAttachment(row.getId());
    }

    private Attachment insert(Caller caller, String draftId, FiledCase kind, String applicationId, String fileName,
            byte[] content, int alreadyAttached) {
        if (content == null || content.length == 0) {
            throw PlatformException.invalid("ATTACHMENT_EMPTY", "文件为空", "The file is empty");
        }
        if (content.length > AttachmentRules.MAX_BYTES) {
            throw PlatformException.invalid("ATTACHMENT_TOO_LARGE", "文件不能超过 10 MB", "A file may have at most 10 MB");
        }
        if (alreadyAttached >= AttachmentRules.MAX_FILES) {
            throw PlatformException.invalid("TOO_MANY_ATTACHMENTS", "最多上传 " + AttachmentRules.MAX_FILES + " 个文件",
                    "At most " + AttachmentRules.MAX_FILES + " files");
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw PlatformException.invalid("ATTACHMENT_NAME_INVALID", "文件名无效", "The file name is missing or too long");
        }
        String type = AttachmentRules.acceptedType(name, content).orElseThrow(() -> PlatformException.invalid(
                "ATTACHMENT_TYPE_REFUSED", "只接受 PDF、JPG、PNG 文件", "Only PDF, JPG and PNG files are accepted"));
        AttachmentRow row = new AttachmentRow();
        row.setId(UUID.randomUUID().toString());
        row.setOwnerId(caller.id());
        row.setDraftId(draftId);
        row.setApplicationId(applicationId);
        row.setCaseKind(kind == null ? null : kind.name());
        row.setFileName(name);
        row.setContentType(type);
        row.setSizeBytes(content.length);
        row.setContent(content);
        row.setUploadedAt(now());
        mapper.insertAttachment(row);
        return view(row);
    }

    private DraftRow ownDraft(Caller caller, String draftId) {
        return mapper.findDraft(draftId).filter(d -> d.getOwnerId().equals(caller.id()))
                .orElseThrow(() -> PlatformException.notFound("草稿", "draft", draftId));
    }

    private static void requireApplicant(Caller caller) {
        if (!caller.inGroup(Groups.APPLICANTS)) {
            throw PlatformException.forbidden("只有申请人可以保存草稿和上传材料",
                    "Only applicants keep drafts and attach documents");
        }
    }

    private Draft view(DraftRow row) {
        try {
            return new Draft(row.getId(), row.getOwnerId(), row.getFormId(), row.getTitle(),
                    json.readValue(row.getPayload(), MAP), row.getStep(), row.getCreatedAt(), row.getUpdatedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("draft " + row.getId() + " holds no JSON object", e);
        }
    }

    private static Attachment view(AttachmentRow row) {
        return new Attachment(row.getId(), row.getFileName(), row.getContentType(), row.getSizeBytes(),
                row.getUploadedAt());
    }

    private String toJson(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw PlatformException.invalid("DRAFT_DATA_INVALID", "草稿内容无法保存", "The draft's answers cannot be stored");
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
