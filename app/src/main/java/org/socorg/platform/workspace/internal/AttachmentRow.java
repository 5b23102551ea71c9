package org.socorg.platform.workspace.internal;

import java.time.Instant;

/** A row of {@code workspace_attachment}. */
public class AttachmentRow {
    private String id;
    private String ownerId;
    private String draftId;
    private String applicationId;
    /** The {@code workspace.FiledCase} of {@code applicationId}; null while the document belongs to a draft. */
    private String caseKind;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private Instant uploadedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    public String getDraftId() { return draftId; }
    public void setDraftId(String draftId) { this.draftId = draftId; }
    public String getApplicationId() { return applicationId; }
    public void setApplicationId(String applicationId) { this.applicationId = applicationId; }
    public String getCaseKind() { return caseKind; }
    public void setCaseKind(String caseKind) { this.caseKind = caseKind; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getContentType() { return contentType; }
    public void setContentType(String contentType) { this.contentType = contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public void setSizeBytes(long sizeBytes) { this.sizeBytes = sizeBytes; }
    public byte[] getContent() { return content; }
    public void setContent(byte[] content) { this.content = content; }
    public Instant getUploadedAt() { return uploadedAt; }
    public void setUploadedAt(Instant uploadedAt) { this.uploadedAt = uploadedAt; }
}
