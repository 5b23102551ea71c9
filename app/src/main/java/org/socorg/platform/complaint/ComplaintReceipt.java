package org.socorg.platform.complaint;

import java.time.Instant;

/**
 * What the reporter receives: the tracking code (查询码) is the only way to follow the complaint, so it is shown
 * once and never again. It is 20 random characters of the credit-code alphabet (about 99 bits).
 */
public record ComplaintReceipt(String trackingCode, ComplaintStatus status, Instant receivedAt) {
}
