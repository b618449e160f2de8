-- 0016 Registration history in the profile: set up in the registered district, or moved in and when (工商变更登记).
-- 长宁 第 6 条's "新迁入长宁区的高新技术企业" reads it with the certificate dates. Unknown (null) until the enterprise says.
ALTER TABLE enterprises
    ADD COLUMN district_arrival character varying(20) CHECK (district_arrival IN ('SetUpHere', 'MovedIn')),
    ADD COLUMN moved_in_on date,
    ADD CONSTRAINT ck_enterprises_moved_in_on CHECK (moved_in_on IS NULL OR district_arrival = 'MovedIn');
