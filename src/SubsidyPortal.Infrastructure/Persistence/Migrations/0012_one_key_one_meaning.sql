-- 0012 One key, one meaning (issue 13): facts that meant different things in different clauses under one key now have
-- a key per clause (e.g. "awardedThisYear" was 专题一's support in 4-1 and 专题二's in 4-2). Stored answers, the facts
-- fixed at submission and 免申即享 column mappings are renamed for their own clause only; values are untouched, so a
-- decision's snapshot still holds exactly what it was made with, under the fact's new name.
CREATE FUNCTION pg_temp.rename_fact(doc jsonb, old_key text, new_key text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN doc ? old_key THEN (doc - old_key) || jsonb_build_object(new_key, doc -> old_key) ELSE doc END
$$;

UPDATE applications SET answers = pg_temp.rename_fact(answers, 'supportYear', 'rentSubsidyYear'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'supportYear', 'rentSubsidyYear')
    WHERE clause_id = 'jinshan-2025/1-1-rental-premises' AND (answers ? 'supportYear' OR facts_snapshot ? 'supportYear');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:supportYear', 'input:rentSubsidyYear')
    WHERE clause_id = 'jinshan-2025/1-1-rental-premises' AND mapping ? 'input:supportYear';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'awardedThisYear', 'procurementAwardedThisYear'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'awardedThisYear', 'procurementAwardedThisYear')
    WHERE clause_id = 'jinshan-2025/4-1-volume-based-procurement' AND (answers ? 'awardedThisYear' OR facts_snapshot ? 'awardedThisYear');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:awardedThisYear', 'input:procurementAwardedThisYear')
    WHERE clause_id = 'jinshan-2025/4-1-volume-based-procurement' AND mapping ? 'input:awardedThisYear';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'awardedThisYear', 'overseasMarketAwardedThisYear'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'awardedThisYear', 'overseasMarketAwardedThisYear')
    WHERE clause_id = 'jinshan-2025/4-2-international-market' AND (answers ? 'awardedThisYear' OR facts_snapshot ? 'awardedThisYear');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:awardedThisYear', 'input:overseasMarketAwardedThisYear')
    WHERE clause_id = 'jinshan-2025/4-2-international-market' AND mapping ? 'input:awardedThisYear';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'varietyCount', 'overseasApprovedVarietyCount'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'varietyCount', 'overseasApprovedVarietyCount')
    WHERE clause_id = 'jinshan-2025/4-2-international-market' AND (answers ? 'varietyCount' OR facts_snapshot ? 'varietyCount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:varietyCount', 'input:overseasApprovedVarietyCount')
    WHERE clause_id = 'jinshan-2025/4-2-international-market' AND mapping ? 'input:varietyCount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'varietyCount', 'consistencyVarietyCount'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'varietyCount', 'consistencyVarietyCount')
    WHERE clause_id = 'jinshan-2025/2-2-generic-consistency' AND (answers ? 'varietyCount' OR facts_snapshot ? 'varietyCount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:varietyCount', 'input:consistencyVarietyCount')
    WHERE clause_id = 'jinshan-2025/2-2-generic-consistency' AND mapping ? 'input:varietyCount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'passedReviewAndNotice', 'littleGiantPassedReviewAndNotice'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'passedReviewAndNotice', 'littleGiantPassedReviewAndNotice')
    WHERE clause_id = 'jinshan-2025/5-4-district-little-giant' AND (answers ? 'passedReviewAndNotice' OR facts_snapshot ? 'passedReviewAndNotice');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:passedReviewAndNotice', 'input:littleGiantPassedReviewAndNotice')
    WHERE clause_id = 'jinshan-2025/5-4-district-little-giant' AND mapping ? 'input:passedReviewAndNotice';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'passedReviewAndNotice', 'engineeringCentrePassedReviewAndNotice'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'passedReviewAndNotice', 'engineeringCentrePassedReviewAndNotice')
    WHERE clause_id = 'jinshan-2025/6-1-district-engineering-centre' AND (answers ? 'passedReviewAndNotice' OR facts_snapshot ? 'passedReviewAndNotice');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:passedReviewAndNotice', 'input:engineeringCentrePassedReviewAndNotice')
    WHERE clause_id = 'jinshan-2025/6-1-district-engineering-centre' AND mapping ? 'input:passedReviewAndNotice';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'passedReviewAndNotice', 'transferProjectPassedReviewAndNotice'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'passedReviewAndNotice', 'transferProjectPassedReviewAndNotice')
    WHERE clause_id = 'jinshan-2025/8-1-industry-academia-transfer' AND (answers ? 'passedReviewAndNotice' OR facts_snapshot ? 'passedReviewAndNotice');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:passedReviewAndNotice', 'input:transferProjectPassedReviewAndNotice')
    WHERE clause_id = 'jinshan-2025/8-1-industry-academia-transfer' AND mapping ? 'input:passedReviewAndNotice';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'productRdCost', 'drugProductRdCost'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'productRdCost', 'drugProductRdCost')
    WHERE clause_id = 'jinshan-2025/2-3-drug-registration' AND (answers ? 'productRdCost' OR facts_snapshot ? 'productRdCost');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:productRdCost', 'input:drugProductRdCost')
    WHERE clause_id = 'jinshan-2025/2-3-drug-registration' AND mapping ? 'input:productRdCost';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'productRdCost', 'deviceProductRdCost'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'productRdCost', 'deviceProductRdCost')
    WHERE clause_id = 'jinshan-2025/2-5-class3-device' AND (answers ? 'productRdCost' OR facts_snapshot ? 'productRdCost');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:productRdCost', 'input:deviceProductRdCost')
    WHERE clause_id = 'jinshan-2025/2-5-class3-device' AND mapping ? 'input:productRdCost';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'productRdCost', 'deviceProductRdCost'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'productRdCost', 'deviceProductRdCost')
    WHERE clause_id = 'jinshan-2025/2-5-class2-device' AND (answers ? 'productRdCost' OR facts_snapshot ? 'productRdCost');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:productRdCost', 'input:deviceProductRdCost')
    WHERE clause_id = 'jinshan-2025/2-5-class2-device' AND mapping ? 'input:productRdCost';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'totalInvestment', 'openInnovationCentreInvestment'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'totalInvestment', 'openInnovationCentreInvestment')
    WHERE clause_id = 'dalinghaowan-2024/09-open-innovation-centre' AND (answers ? 'totalInvestment' OR facts_snapshot ? 'totalInvestment');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:totalInvestment', 'input:openInnovationCentreInvestment')
    WHERE clause_id = 'dalinghaowan-2024/09-open-innovation-centre' AND mapping ? 'input:totalInvestment';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'totalInvestment', 'scenarioTotalInvestment'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'totalInvestment', 'scenarioTotalInvestment')
    WHERE clause_id = 'dalinghaowan-2024/10-future-industry-scenario' AND (answers ? 'totalInvestment' OR facts_snapshot ? 'totalInvestment');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:totalInvestment', 'input:scenarioTotalInvestment')
    WHERE clause_id = 'dalinghaowan-2024/10-future-industry-scenario' AND mapping ? 'input:totalInvestment';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'totalInvestment', 'patentProjectTotalInvestment'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'totalInvestment', 'patentProjectTotalInvestment')
    WHERE clause_id = 'dalinghaowan-2024/14-high-value-patents' AND (answers ? 'totalInvestment' OR facts_snapshot ? 'totalInvestment');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:totalInvestment', 'input:patentProjectTotalInvestment')
    WHERE clause_id = 'dalinghaowan-2024/14-high-value-patents' AND mapping ? 'input:totalInvestment';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'projectTotalInvestment', 'futureIndustryProjectInvestment'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'projectTotalInvestment', 'futureIndustryProjectInvestment')
    WHERE clause_id = 'dalinghaowan-2024/02-future-industry-national-project' AND (answers ? 'projectTotalInvestment' OR facts_snapshot ? 'projectTotalInvestment');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:projectTotalInvestment', 'input:futureIndustryProjectInvestment')
    WHERE clause_id = 'dalinghaowan-2024/02-future-industry-national-project' AND mapping ? 'input:projectTotalInvestment';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'nationalProjectApproved', 'futureIndustryNationalApproval'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'nationalProjectApproved', 'futureIndustryNationalApproval')
    WHERE clause_id = 'dalinghaowan-2024/02-future-industry-national-project' AND (answers ? 'nationalProjectApproved' OR facts_snapshot ? 'nationalProjectApproved');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:nationalProjectApproved', 'input:futureIndustryNationalApproval')
    WHERE clause_id = 'dalinghaowan-2024/02-future-industry-national-project' AND mapping ? 'input:nationalProjectApproved';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'projectTotalInvestment', 'basicResearchProjectInvestment'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'projectTotalInvestment', 'basicResearchProjectInvestment')
    WHERE clause_id = 'dalinghaowan-2024/03-instruments-reagents-software' AND (answers ? 'projectTotalInvestment' OR facts_snapshot ? 'projectTotalInvestment');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:projectTotalInvestment', 'input:basicResearchProjectInvestment')
    WHERE clause_id = 'dalinghaowan-2024/03-instruments-reagents-software' AND mapping ? 'input:projectTotalInvestment';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'nationalProjectApproved', 'basicResearchNationalApproval'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'nationalProjectApproved', 'basicResearchNationalApproval')
    WHERE clause_id = 'dalinghaowan-2024/03-instruments-reagents-software' AND (answers ? 'nationalProjectApproved' OR facts_snapshot ? 'nationalProjectApproved');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:nationalProjectApproved', 'input:basicResearchNationalApproval')
    WHERE clause_id = 'dalinghaowan-2024/03-instruments-reagents-software' AND mapping ? 'input:nationalProjectApproved';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'annualOperatingExpenditure', 'onlinePlatformOperatingExpenditure'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'annualOperatingExpenditure', 'onlinePlatformOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/05-online-service-platform' AND (answers ? 'annualOperatingExpenditure' OR facts_snapshot ? 'annualOperatingExpenditure');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:annualOperatingExpenditure', 'input:onlinePlatformOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/05-online-service-platform' AND mapping ? 'input:annualOperatingExpenditure';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'annualServiceResultsAssessed', 'onlinePlatformServiceAssessed'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'annualServiceResultsAssessed', 'onlinePlatformServiceAssessed')
    WHERE clause_id = 'dalinghaowan-2024/05-online-service-platform' AND (answers ? 'annualServiceResultsAssessed' OR facts_snapshot ? 'annualServiceResultsAssessed');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:annualServiceResultsAssessed', 'input:onlinePlatformServiceAssessed')
    WHERE clause_id = 'dalinghaowan-2024/05-online-service-platform' AND mapping ? 'input:annualServiceResultsAssessed';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'annualOperatingExpenditure', 'carrierOperatingExpenditure'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'annualOperatingExpenditure', 'carrierOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/06-carrier-post-subsidy' AND (answers ? 'annualOperatingExpenditure' OR facts_snapshot ? 'annualOperatingExpenditure');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:annualOperatingExpenditure', 'input:carrierOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/06-carrier-post-subsidy' AND mapping ? 'input:annualOperatingExpenditure';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'annualServiceResultsAssessed', 'carrierServiceAssessed'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'annualServiceResultsAssessed', 'carrierServiceAssessed')
    WHERE clause_id = 'dalinghaowan-2024/06-carrier-post-subsidy' AND (answers ? 'annualServiceResultsAssessed' OR facts_snapshot ? 'annualServiceResultsAssessed');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:annualServiceResultsAssessed', 'input:carrierServiceAssessed')
    WHERE clause_id = 'dalinghaowan-2024/06-carrier-post-subsidy' AND mapping ? 'input:annualServiceResultsAssessed';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'annualOperatingExpenditure', 'organisationOperatingExpenditure'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'annualOperatingExpenditure', 'organisationOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/16-international-organisation-operation' AND (answers ? 'annualOperatingExpenditure' OR facts_snapshot ? 'annualOperatingExpenditure');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:annualOperatingExpenditure', 'input:organisationOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/16-international-organisation-operation' AND mapping ? 'input:annualOperatingExpenditure';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'annualOperatingExpenditure', 'journalOperatingExpenditure'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'annualOperatingExpenditure', 'journalOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/16-journal-operation' AND (answers ? 'annualOperatingExpenditure' OR facts_snapshot ? 'annualOperatingExpenditure');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:annualOperatingExpenditure', 'input:journalOperatingExpenditure')
    WHERE clause_id = 'dalinghaowan-2024/16-journal-operation' AND mapping ? 'input:annualOperatingExpenditure';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'supportYear', 'organisationSupportYear'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'supportYear', 'organisationSupportYear')
    WHERE clause_id = 'dalinghaowan-2024/16-international-organisation-operation' AND (answers ? 'supportYear' OR facts_snapshot ? 'supportYear');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:supportYear', 'input:organisationSupportYear')
    WHERE clause_id = 'dalinghaowan-2024/16-international-organisation-operation' AND mapping ? 'input:supportYear';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'supportYear', 'journalSupportYear'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'supportYear', 'journalSupportYear')
    WHERE clause_id = 'dalinghaowan-2024/16-journal-operation' AND (answers ? 'supportYear' OR facts_snapshot ? 'supportYear');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:supportYear', 'input:journalSupportYear')
    WHERE clause_id = 'dalinghaowan-2024/16-journal-operation' AND mapping ? 'input:supportYear';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'committeeDecidedAmount', 'functionalPlatformDecidedAmount'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'committeeDecidedAmount', 'functionalPlatformDecidedAmount')
    WHERE clause_id = 'changning-2024/7-functional-platform' AND (answers ? 'committeeDecidedAmount' OR facts_snapshot ? 'committeeDecidedAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:committeeDecidedAmount', 'input:functionalPlatformDecidedAmount')
    WHERE clause_id = 'changning-2024/7-functional-platform' AND mapping ? 'input:committeeDecidedAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'committeeDecidedAmount', 'loanInsuranceDecidedPremium'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'committeeDecidedAmount', 'loanInsuranceDecidedPremium')
    WHERE clause_id = 'changning-2024/11-loan-insurance-premium' AND (answers ? 'committeeDecidedAmount' OR facts_snapshot ? 'committeeDecidedAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:committeeDecidedAmount', 'input:loanInsuranceDecidedPremium')
    WHERE clause_id = 'changning-2024/11-loan-insurance-premium' AND mapping ? 'input:committeeDecidedAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'committeeDecidedAmount', 'startupInsuranceDecidedPremium'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'committeeDecidedAmount', 'startupInsuranceDecidedPremium')
    WHERE clause_id = 'changning-2024/11-startup-insurance-premium' AND (answers ? 'committeeDecidedAmount' OR facts_snapshot ? 'committeeDecidedAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:committeeDecidedAmount', 'input:startupInsuranceDecidedPremium')
    WHERE clause_id = 'changning-2024/11-startup-insurance-premium' AND mapping ? 'input:committeeDecidedAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'committeeDecidedAmount', 'incubatorStartUpDecidedFunds'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'committeeDecidedAmount', 'incubatorStartUpDecidedFunds')
    WHERE clause_id = 'changning-2024/12-incubator-start-up-funds' AND (answers ? 'committeeDecidedAmount' OR facts_snapshot ? 'committeeDecidedAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:committeeDecidedAmount', 'input:incubatorStartUpDecidedFunds')
    WHERE clause_id = 'changning-2024/12-incubator-start-up-funds' AND mapping ? 'input:committeeDecidedAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'committeeDecidedAmount', 'incubatorOperatingDecidedSubsidy'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'committeeDecidedAmount', 'incubatorOperatingDecidedSubsidy')
    WHERE clause_id = 'changning-2024/12-incubator-operating-subsidy' AND (answers ? 'committeeDecidedAmount' OR facts_snapshot ? 'committeeDecidedAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:committeeDecidedAmount', 'input:incubatorOperatingDecidedSubsidy')
    WHERE clause_id = 'changning-2024/12-incubator-operating-subsidy' AND mapping ? 'input:committeeDecidedAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'innovativeDrugGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'innovativeDrugGrant')
    WHERE clause_id = 'jinshan-2025/2-1-major-innovative-drug' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:innovativeDrugGrant')
    WHERE clause_id = 'jinshan-2025/2-1-major-innovative-drug' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'techSmeFundCityGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'techSmeFundCityGrant')
    WHERE clause_id = 'jinshan-2025/5-1-tech-sme-innovation-fund' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:techSmeFundCityGrant')
    WHERE clause_id = 'jinshan-2025/5-1-tech-sme-innovation-fund' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'cityLittleGiantGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'cityLittleGiantGrant')
    WHERE clause_id = 'jinshan-2025/5-3-city-little-giant' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:cityLittleGiantGrant')
    WHERE clause_id = 'jinshan-2025/5-3-city-little-giant' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'cityScienceAwardGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'cityScienceAwardGrant')
    WHERE clause_id = 'jinshan-2025/5-5-science-award-matching' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:cityScienceAwardGrant')
    WHERE clause_id = 'jinshan-2025/5-5-science-award-matching' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'zhangjiangFundGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'zhangjiangFundGrant')
    WHERE clause_id = 'jinshan-2025/5-7-zhangjiang-fund-matching' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:zhangjiangFundGrant')
    WHERE clause_id = 'jinshan-2025/5-7-zhangjiang-fund-matching' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'keyLaboratoryCityGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'keyLaboratoryCityGrant')
    WHERE clause_id = 'jinshan-2025/6-2-key-laboratory' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:keyLaboratoryCityGrant')
    WHERE clause_id = 'jinshan-2025/6-2-key-laboratory' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'researchInstitutionCityGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'researchInstitutionCityGrant')
    WHERE clause_id = 'jinshan-2025/6-3-new-research-institution' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:researchInstitutionCityGrant')
    WHERE clause_id = 'jinshan-2025/6-3-new-research-institution' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'innovationVoucherCityGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'innovationVoucherCityGrant')
    WHERE clause_id = 'jinshan-2025/6-4-innovation-voucher' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:innovationVoucherCityGrant')
    WHERE clause_id = 'jinshan-2025/6-4-innovation-voucher' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'researchServicePlatformCityGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'researchServicePlatformCityGrant')
    WHERE clause_id = 'jinshan-2025/6-5-research-service-platform' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:researchServicePlatformCityGrant')
    WHERE clause_id = 'jinshan-2025/6-5-research-service-platform' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'loanInsuranceCityGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'loanInsuranceCityGrant')
    WHERE clause_id = 'jinshan-2025/7-2-performance-loan-insurance' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:loanInsuranceCityGrant')
    WHERE clause_id = 'jinshan-2025/7-2-performance-loan-insurance' AND mapping ? 'input:cityGrantAmount';
UPDATE applications SET answers = pg_temp.rename_fact(answers, 'cityGrantAmount', 'carrierCityGrant'), facts_snapshot = pg_temp.rename_fact(facts_snapshot, 'cityGrantAmount', 'carrierCityGrant')
    WHERE clause_id = 'jinshan-2025/7-4-carrier-matching' AND (answers ? 'cityGrantAmount' OR facts_snapshot ? 'cityGrantAmount');
UPDATE entitlement_imports SET mapping = pg_temp.rename_fact(mapping, 'input:cityGrantAmount', 'input:carrierCityGrant')
    WHERE clause_id = 'jinshan-2025/7-4-carrier-matching' AND mapping ? 'input:cityGrantAmount';
