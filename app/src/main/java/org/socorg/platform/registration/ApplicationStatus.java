package org.socorg.platform.registration;

/** Where an application stands, as the applicant and the officials see it. */
public enum ApplicationStatus {
    /** 已提交，待受理 */
    SUBMITTED(false),
    /** 待补正: the applicant owes supplementary material; the statutory clock is stopped */
    SUPPLEMENT_REQUESTED(false),
    /** 已受理，审查中 */
    ACCEPTED(false),
    /** 不予受理 */
    NOT_ACCEPTED(true),
    /** 准予登记 */
    APPROVED(true),
    /** 不予登记 */
    REFUSED(true);

    private final boolean finished;

    ApplicationStatus(boolean finished) {
        this.finished = finished;
    }

    public boolean finished() {
        return finished;
    }
}
