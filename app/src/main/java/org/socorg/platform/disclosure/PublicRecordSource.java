package org.socorg.platform.disclosure;

import java.util.List;

/**
 * A feature's public records, implemented by that feature (a Spring bean) and read by the public query. Must return
 * only what the law makes public, and must be cheap: it is called once per organization page view.
 */
public interface PublicRecordSource {

    /** The section these records belong to, one of {@link PublicSections}. */
    String section();

    /** The organization's public records of this section, newest first; empty when there are none. */
    List<PublicRecord> publicRecords(String creditCode);
}
