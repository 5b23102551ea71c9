package org.socorg.platform.fundraising;

/** Where a qualification application stands. */
public enum QualificationStatus {
    /** 已提交，待受理 */
    SUBMITTED,
    /** 待补正: the statutory clock is stopped until the applicant answers */
    SUPPLEMENT_REQUESTED,
    /** 已受理，审查中 */
    ACCEPTED,
    /** 不予受理 */
    NOT_ACCEPTED,
    /** 准予公开募捐资格 */
    APPROVED,
    /** 不予公开募捐资格 */
    REFUSED;

    public boolean finished() {
        return this == NOT_ACCEPTED || this == APPROVED || this == REFUSED;
    }
}
