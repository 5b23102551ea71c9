package org.socorg.platform.bench;

/** One side of the benchmark: files a case and completes its user tasks, one call per timed step. */
interface CaseDriver extends AutoCloseable {

    String label();

    SqlMeter meter();

    /** Called before each phase of this driver (variants sharing a context set their switches here). */
    default void prepare() {
    }

    /** Files case number {@code caseNo} and starts its process; answers the process instance id. */
    String submit(int caseNo);

    /** Finds the case's open task of this step (a task query by process instance), claims and completes it. */
    void complete(String processInstanceId, Step step);

    /**
     * Checks that exactly {@code cases} cases were run and every one ended registered.
     *
     * @return problems found; empty when all is well
     */
    java.util.List<String> verify(int cases);

    @Override
    void close();
}
