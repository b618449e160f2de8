-- 0015 The profile's yearly figures gain 净利润 and year-end 资产总额 / 负债总额, optional: the growth, profit and
-- debt-ratio conditions (金山 小巨人) read them from the profile instead of asking each filing. A loss is negative.
ALTER TABLE enterprise_annual_figures
    ADD COLUMN net_profit numeric(18,2),
    ADD COLUMN total_assets numeric(18,2) CHECK (total_assets >= 0),
    ADD COLUMN total_liabilities numeric(18,2) CHECK (total_liabilities >= 0);
