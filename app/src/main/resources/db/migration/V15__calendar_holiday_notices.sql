-- Holiday notices (国务院办公厅关于部分节假日安排的通知) an administrator entered: one row per year, replacing that
-- year of the calendar data file, and its entries (holiday ranges, adjusted working weekends). Merged into the
-- working-day calendar at start and on save.
CREATE TABLE calendar_holiday_notice (
    notice_year  INT          NOT NULL PRIMARY KEY,
    title        VARCHAR(300) NOT NULL,
    saved_by     VARCHAR(64)  NOT NULL,
    saved_at     TIMESTAMP(3) NOT NULL
);

CREATE TABLE calendar_notice_entry (
    notice_year  INT          NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    name         VARCHAR(100) NULL,
    first_day    DATE         NOT NULL,
    last_day     DATE         NOT NULL,
    CONSTRAINT fk_calendar_notice_entry FOREIGN KEY (notice_year) REFERENCES calendar_holiday_notice (notice_year)
);
CREATE INDEX ix_calendar_notice_entry_year ON calendar_notice_entry (notice_year);
