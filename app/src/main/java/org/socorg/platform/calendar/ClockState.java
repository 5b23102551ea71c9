package org.socorg.platform.calendar;

/** A statutory clock runs, is paused while the applicant owes supplementary material (补正), or has stopped. */
public enum ClockState {
    RUNNING,
    PAUSED,
    STOPPED
}
