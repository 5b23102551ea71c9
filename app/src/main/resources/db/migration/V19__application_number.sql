-- The application number (申请编号) an applicant reads on the receipt and quotes on the phone: the authority's
-- division code, the year of filing and this serial, e.g. 110100-2026-000042. The row's id stays the key every
-- API and process uses; the serial only makes the number short, unique and in filing order. Existing rows are
-- numbered in the order the database holds them.
ALTER TABLE registration_application ADD COLUMN serial BIGINT NOT NULL AUTO_INCREMENT UNIQUE;
