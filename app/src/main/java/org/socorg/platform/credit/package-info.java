/**
 * Credit supervision (信用惩戒): the abnormal-activity list (活动异常名录) and the serious-dishonesty list
 * (严重违法失信名单) under the MCA's 2018 measures on social organization credit information. Other modules ask
 * {@link org.socorg.platform.credit.CreditStanding} before granting anything joint punishment restricts
 * (fundraising qualification, evaluation grades), and publish {@link org.socorg.platform.credit.ListingProposed}
 * when one of their flows gives a reason to list an organization, or
 * {@link org.socorg.platform.credit.ListingCauseCleared} when the cause is gone. The process {@code credit-listing}
 * carries each listing from proposal through confirmation, notice, objection and removal to escalation
 * ({@link org.socorg.platform.credit.CreditSanction} is its API); the lists and an organization's credit record are
 * public. Depends on no other flow module.
 */
package org.socorg.platform.credit;
