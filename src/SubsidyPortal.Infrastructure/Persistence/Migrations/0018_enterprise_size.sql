-- 0018 The profile's 企业规模 (划型): large, medium, small or micro, as the enterprise classes itself. Unknown until stated.
ALTER TABLE enterprises ADD COLUMN size_class character varying(10) CHECK (size_class IN ('Large', 'Medium', 'Small', 'Micro'));
