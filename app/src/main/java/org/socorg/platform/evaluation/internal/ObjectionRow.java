package org.socorg.platform.evaluation.internal;

import java.time.Instant;

/** One objection to a noticed grade: PENDING, then UPHELD or DISMISSED by an official. */
public class ObjectionRow {
    public String id;
    public String evaluationId;
    public String objectorName;
    public String objectorContact;
    public String content;
    public String status;
    public Instant filedAt;
    public Instant decidedAt;
    public String decidedBy;
    public String decisionComment;
}
