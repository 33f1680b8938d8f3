// Generated from the bundled rule files by `npm run generate`. Do not edit by hand.

/** The bundled rule sets: the facts each takes and the ids of its criteria and outputs. */
export type BundledRegistry = {
  /** Procedure for specific diabetes devices */
  "dz-devices-procedure": {
    facts: {
      /** Specific device */
      readonly deviceType?: "insulin-pump" | "sensor-augmented-pump" | "cgm" | "implantable-cgm" | null;
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2-or-other" | null;
      /** Physician who compiled the dossier */
      readonly dossierCompiledBy?: "diabetologist" | "diabetes-competence" | "other" | null;
      /** The physician has the patient in his records */
      readonly patientInPhysicianRecords?: boolean | null;
      /** The dossier holds the documents proving the eligibility criteria */
      readonly eligibilityDocuments?: boolean | null;
      /** The dossier holds the patient's contact data */
      readonly patientContactData?: boolean | null;
      /** The dossier holds the justification report (annex 11) */
      readonly justificationReport?: boolean | null;
      /** Decision of the regional methodological centre */
      readonly approvalDecision?: "approved" | "rejected" | "pending" | null;
      /** The informed consent (annex 12^3) is signed by the patient or a relative */
      readonly informedConsentSigned?: boolean | null;
      /** Regime in which the device is fitted */
      readonly fittingRegime?: "continuous-hospitalisation" | "day-hospitalisation" | "ambulatory" | null;
      /** Unit fitting the device */
      readonly fittingUnit?: "regional-centre" | "unit-with-closed-circuit-pharmacy" | "other" | null;
      /** The patient's health insurance house (county) */
      readonly patientHouse?: "alba" | "arad" | "arges" | "bacau" | "bihor" | "bistrita-nasaud" | "botosani" | "braila" | "brasov" | "buzau" | "calarasi" | "caras-severin" | "casaopsnaj" | "casmb" | "cluj" | "constanta" | "covasna" | "dambovita" | "dolj" | "galati" | "giurgiu" | "gorj" | "harghita" | "hunedoara" | "ialomita" | "iasi" | "ilfov" | "maramures" | "mehedinti" | "mures" | "neamt" | "olt" | "prahova" | "salaj" | "satu-mare" | "sibiu" | "suceava" | "teleorman" | "timis" | "tulcea" | "valcea" | "vaslui" | "vrancea" | null;
    };
    criteria: "dossier-compiled-by-treating-diabetologist" | "type-2-devices" | "dossier-contents" | "approval-decision" | "informed-consent" | "fitting-regime-pumps" | "fitting-regime-cgm" | "fitting-unit" | "implantable-cgm-rules";
    outputs: "regionalCentre" | "approval" | "consumablesPrescription";
  };
  /** Glycated haemoglobin (HbA1c) testing in the national diabetes program */
  "dz-hba1c": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "gestational" | "specific-type" | "none" | null;
      /** Physician recommending the test */
      readonly recommenderRole?: "diabetologist" | "diabetes-competence" | "internal-medicine" | "family-medicine" | "other" | null;
      /** The internist or family physician is nominated by the health insurance house (designated physician) */
      readonly recommenderDesignatedByCas?: boolean | null;
      /** Date of the HbA1c recommendation */
      readonly recommendationDate?: string | null;
      /** Dates of the patient's earlier HbA1c dosings in the program */
      readonly previousDosingDates?: readonly string[] | null;
      /** The test is done by a paraclinical provider under contract with the insurance house for HbA1c */
      readonly providerContractedParaclinical?: boolean | null;
    };
    criteria: "patient-with-diabetes" | "t1-recommender" | "t2-recommender" | "at-most-two-dosings-a-year" | "recommendation-valid" | "contracted-paraclinical-provider";
    outputs: "subprogram" | "tariff" | "recommendationValidity" | "dosingsLeft";
  };
  /** Prescribing and dispensing antidiabetic medicines */
  "dz-prescribing": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "gestational" | "specific-type" | null;
      /** The prescription contains insulin */
      readonly containsInsulin?: boolean | null;
      /** The prescription contains oral antidiabetics (ADO) */
      readonly containsAdo?: boolean | null;
      /** The prescription contains non-insulin injectable antidiabetics */
      readonly containsNonInsulinInjectable?: boolean | null;
      /** The prescription contains self-monitoring test strips */
      readonly containsTestStrips?: boolean | null;
      /** Kind of distinct prescription */
      readonly prescriptionForm?: "ado" | "insulin-and-strips" | "mixed" | null;
      /** The patient needs insulin treatment indefinitely */
      readonly insulinNeededIndefinitely?: boolean | null;
      /** How insulin is given */
      readonly insulinDelivery?: "syringes-or-pens" | "pump" | "other" | null;
      /** Prescribing physician */
      readonly prescriberRole?: "diabetologist" | "diabetes-competence" | "designated-internist" | "designated-family-physician" | "other" | null;
      /** Initiation or continuation of the treatment */
      readonly treatmentStage?: "initiation" | "continuation" | null;
      /** There is a medical letter from the diabetologist or physician with competence */
      readonly hasMedicalLetter?: boolean | null;
      /** Days of treatment prescribed (zile) */
      readonly prescriptionDays?: number | string | null;
      /** Dispensing pharmacy */
      readonly dispensingPharmacy?: "open-circuit" | "closed-circuit" | "not-yet-dispensed" | null;
      /** The prescription is dispensed in fractions at the insured's request */
      readonly dispensedFractionally?: boolean | null;
      /** Date of the first dispensing */
      readonly firstDispensingDate?: string | null;
    };
    criteria: "t1-insulin-indefinite" | "prescriber" | "distinct-prescriptions" | "prescribing-period" | "first-dispensing-within-30-days" | "dispensing-channel";
    outputs: "maxPrescriptionDays";
  };
  /** Continuous glucose monitoring (CGM), type 1 diabetes */
  "dz-t1-cgm": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "other" | null;
      /** Date of birth */
      readonly birthDate?: string | null;
      /** The patient is pregnant */
      readonly pregnant?: boolean | null;
      /** School or training status (for letter b) */
      readonly youthStatus?: "pupil" | "high-school-graduate" | "apprentice" | "student" | "none" | null;
      /** Date of high-school graduation */
      readonly highSchoolGraduationDate?: string | null;
      /** Start of the academic year following graduation */
      readonly academicYearStartDate?: string | null;
      /** Has income from work */
      readonly hasWorkIncome?: boolean | null;
      /** Latest glycated haemoglobin (HbA1c) (%) */
      readonly hba1cPct?: number | string | null;
      /** Intensive insulin therapy is correctly administered (attested by the treating physician) */
      readonly intensiveTherapyCorrectlyAdministered?: boolean | null;
      /** Current insulin regimen */
      readonly insulinRegimen?: "basal-bolus-mdi" | "pump-without-cgm" | "other" | null;
      /** Date since which the patient has been treated without interruption with basal-bolus injections or a pump without CGM */
      readonly intensiveRegimenSince?: string | null;
      /** Number of medically documented specific chronic complications of diabetes (complications) */
      readonly documentedChronicComplications?: number | string | null;
      /** Average daily self-monitoring glucose measurements over the last 3 months (measurements/day) */
      readonly smbgPerDayLast3Months?: number | string | null;
      /** The patient's or caregiver's request is submitted */
      readonly requestSubmitted?: boolean | null;
      /** The informed consent (annex 12^3) is signed */
      readonly informedConsentSigned?: boolean | null;
      /** The patient already uses a continuous glucose monitoring system from the program */
      readonly alreadyUsesProgramCgm?: boolean | null;
      /** Share of time the CGM system was used in the last month (%) */
      readonly cgmUsePctLastMonth?: number | string | null;
      /** Date CGM self-monitoring began */
      readonly cgmStartDate?: string | null;
      /** HbA1c before CGM self-monitoring began (%) */
      readonly hba1cBeforeCgmPct?: number | string | null;
      /** Glycaemic coefficient of variation (CV) measured by the CGM system (%) */
      readonly cvPct?: number | string | null;
      /** Glycaemic CV at the start of CGM (the first monitoring period) (%) */
      readonly cvAtCgmStartPct?: number | string | null;
      /** Written refusal by the patient or caregiver to remain a beneficiary */
      readonly writtenRefusal?: boolean | null;
      /** The patient is able to understand and correctly use the CGM system */
      readonly ableToUseCgm?: boolean | null;
      /** Frequent documented hypoglycaemia (physician's assessment) */
      readonly frequentHypoglycaemiaDocumented?: boolean | null;
      /** Dates of documented grade 2 hypoglycaemias, classified as such by the treating physician */
      readonly grade2HypoglycaemiaDates?: readonly string[] | null;
      /** Dates of documented nocturnal grade 2 hypoglycaemias, classified by the treating physician */
      readonly nocturnalGrade2HypoglycaemiaDates?: readonly string[] | null;
      /** High glycaemic variability, assessed by the treating physician from the profiles */
      readonly highGlycaemicVariabilityDocumented?: boolean | null;
      /** Dates of the 7-point glucose profiles documenting the variability */
      readonly sevenPointProfileDates?: readonly string[] | null;
      /** Dates of grade 2 or 3 hypoglycaemic episodes (day and night), classified by the treating physician */
      readonly grade2Or3HypoglycaemiaDates?: readonly string[] | null;
    };
    criteria: "t1-diabetes" | "cat-a-child" | "cat-b-young-person" | "cat-c-pregnant" | "d1-hba1c-above-target" | "d2-hypoglycaemia" | "d3-nocturnal-hypoglycaemia" | "d4-glycaemic-variability" | "d5-chronic-complications" | "cat-d-other-adult" | "d6-intensive-insulin-6-months" | "d7-self-monitoring-4-a-day" | "d8-request-and-consent" | "stop-a-use-under-75" | "stop-b-hba1c-rising" | "stop-c-cv-above-36" | "stop-d-hypoglycaemia-14-days" | "stop-e-written-refusal" | "stop-f-unable-to-use";
    outputs: "priorityTier" | "discontinuationGrounds" | "initiationKit" | "yearlyConsumables";
  };
  /** Insulin pump without CGM, type 1 diabetes */
  "dz-t1-pump": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "other" | null;
      /** Date of birth */
      readonly birthDate?: string | null;
      /** The patient is pregnant */
      readonly pregnant?: boolean | null;
      /** School or training status (for letter b) */
      readonly youthStatus?: "pupil" | "high-school-graduate" | "apprentice" | "student" | "none" | null;
      /** Date of high-school graduation */
      readonly highSchoolGraduationDate?: string | null;
      /** Start of the academic year following graduation */
      readonly academicYearStartDate?: string | null;
      /** Has income from work */
      readonly hasWorkIncome?: boolean | null;
      /** Glycaemic control cannot be achieved with correctly applied multiple-injection therapy (attested by the treating physician) */
      readonly controlNotAchievedOnCorrectMdi?: boolean | null;
      /** Motivation and compliance with treatment */
      readonly motivatedAndCompliant?: boolean | null;
      /** The patient's or caregiver's request is submitted */
      readonly requestSubmitted?: boolean | null;
      /** The informed consent (annex 12^3) is signed */
      readonly informedConsentSigned?: boolean | null;
      /** Adherence to monitoring and control (self-care, self-monitoring, self-adjustment of doses) */
      readonly adherentToMonitoring?: boolean | null;
      /** Capacity and skills to use the pump (the patient's or, for a child, the caregivers') */
      readonly ableToUsePump?: boolean | null;
      /** The patient already uses an insulin pump from the program */
      readonly alreadyUsesProgramPump?: boolean | null;
      /** Adherent to the monitoring and control program while using the pump */
      readonly adherentDuringPumpUse?: boolean | null;
      /** Latest HbA1c on pump therapy (%) */
      readonly hba1cPct?: number | string | null;
      /** HbA1c on the previous multiple-injection therapy (%) */
      readonly hba1cOnPriorMdiPct?: number | string | null;
      /** Ketoacidosis episodes since pump therapy began (episodes) */
      readonly ketoacidosisEpisodesOnPump?: number | string | null;
      /** The treating physician has decided to stop the pump */
      readonly discontinuationDecided?: boolean | null;
      /** The patient refuses to remain a beneficiary of the pump */
      readonly refusesBeneficiaryStatus?: boolean | null;
    };
    criteria: "t1-diabetes" | "cat-a-child" | "cat-b-young-person" | "cat-c-pregnant" | "d1-mdi-control-not-achieved" | "cat-d-other-adult" | "d2-motivation-request-consent" | "d3-adherence" | "d4-pump-ability" | "stop-a-non-adherence" | "stop-b-hba1c-rising" | "stop-c-ketoacidosis";
    outputs: "eligibilityCategory" | "discontinuationGrounds" | "returnObligation" | "pumpConsumables";
  };
  /** Insulin pump with CGM sensors, type 1 diabetes */
  "dz-t1-sap": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "other" | null;
      /** Date of birth */
      readonly birthDate?: string | null;
      /** The patient uses a continuous glucose monitoring system (from the program or own) */
      readonly usesCgm?: boolean | null;
      /** Glycaemic coefficient of variation (CV) reported by the CGM system (%) */
      readonly cvPct?: number | string | null;
      /** Motivation and compliance with treatment */
      readonly motivatedAndCompliant?: boolean | null;
      /** The patient's or caregiver's request is submitted */
      readonly requestSubmitted?: boolean | null;
      /** The informed consent (annex 12^3) is signed */
      readonly informedConsentSigned?: boolean | null;
      /** Adherence to monitoring and control (self-care, self-monitoring, self-adjustment of doses) */
      readonly adherentToMonitoring?: boolean | null;
      /** Capacity and skills to use the pump and sensors (the patient's or, for a child, the caregivers') */
      readonly ableToUsePumpAndSensors?: boolean | null;
      /** Earlier beneficiary of an insulin pump without included glucose monitoring from the national diabetes program */
      readonly previousProgramPumpBeneficiary?: boolean | null;
      /** The patient still holds the program insulin pump without glucose monitoring */
      readonly stillHoldsProgramPump?: boolean | null;
      /** Last day of the validity term of the pump without glucose monitoring */
      readonly pumpValidityEndDate?: string | null;
      /** The patient is pregnant */
      readonly pregnant?: boolean | null;
      /** School or training status (for priority 2) */
      readonly youthStatus?: "pupil" | "high-school-graduate" | "apprentice" | "student" | "none" | null;
      /** Date of high-school graduation */
      readonly highSchoolGraduationDate?: string | null;
      /** Start of the academic year following graduation */
      readonly academicYearStartDate?: string | null;
      /** Has income from work */
      readonly hasWorkIncome?: boolean | null;
      /** The patient already uses a program insulin pump with sensors */
      readonly alreadyUsesProgramSap?: boolean | null;
      /** Adherent to the monitoring and control program while using the system */
      readonly adherentDuringSapUse?: boolean | null;
      /** Latest HbA1c (%) */
      readonly hba1cPct?: number | string | null;
      /** HbA1c before the system was started (%) */
      readonly hba1cBeforeSapPct?: number | string | null;
      /** Severe hypoglycaemia continues (the treating physician's finding) */
      readonly severeHypoglycaemiaContinuing?: boolean | null;
      /** The patient or caregiver refuses to remain a beneficiary of the system */
      readonly refusesBeneficiaryStatus?: boolean | null;
      /** The treating physician has decided to stop the system */
      readonly discontinuationDecided?: boolean | null;
    };
    criteria: "t1-diabetes" | "a-adult-cgm-cv-above-36" | "b-child-cgm-cv-above-36" | "c-motivation-request-consent" | "d-adherence" | "e-pump-and-sensor-ability" | "earlier-pump-holder" | "stop-a-non-adherence" | "stop-b-hba1c-not-falling" | "stop-c-severe-hypoglycaemia" | "stop-d-refusal";
    outputs: "priorityTier" | "discontinuationGrounds" | "returnObligation" | "initiationKit" | "yearlyConsumables";
  };
  /** Self-monitoring test strips, type 1 diabetes */
  "dz-t1-test-strips": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "gestational" | "specific-type" | null;
      /** Date of birth */
      readonly birthDate?: string | null;
      /** Physician recommending the tests */
      readonly recommenderRole?: "diabetologist" | "diabetes-competence" | "designated-physician" | "other" | null;
      /** The tests are prescribed together with the insulin, on the same prescription form */
      readonly stripsOnInsulinPrescription?: boolean | null;
      /** Last day of the period the prescription covers */
      readonly prescriptionEndDate?: string | null;
      /** Number of tests prescribed for the prescription period (teste) */
      readonly requestedStrips?: number | string | null;
      /** The patient adheres to the specialist monitoring and control programme (the treating physician's assessment) */
      readonly adherentToSpecialistMonitoring?: boolean | null;
      /** Self-monitoring with a continuous glucose monitoring system */
      readonly continuousMonitoring?: "cgm" | "sensor-pump" | "none" | null;
    };
    criteria: "type-1-patient" | "recommender" | "same-form-as-insulin" | "at-most-three-months" | "quantity-within-maximum";
    outputs: "maxStripsPer3Months" | "dispensing" | "discontinuationGrounds";
  };
  /** Insulin pumps without integrated glucose monitoring, type 2 and other types of diabetes */
  "dz-t2-pump": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "gestational" | "specific-type" | null;
      /** Insulin treatment */
      readonly insulinTreatment?: "permanent" | "temporary" | "none" | null;
      /** The patient is pregnant */
      readonly pregnant?: boolean | null;
      /** Glycaemic control can be achieved with intensive insulin therapy */
      readonly controllableWithIntensiveInsulin?: boolean | null;
      /** The patient has glycaemic lability */
      readonly glycaemicLability?: boolean | null;
      /** Motivation and compliance with treatment */
      readonly motivatedAndCompliant?: boolean | null;
      /** The patient has submitted the request */
      readonly requestSubmitted?: boolean | null;
      /** The informed consent (annex 12^3) is signed */
      readonly informedConsentSigned?: boolean | null;
      /** Adherence to the monitoring and control programme (self-care, self-monitoring, self-adjustment of doses) */
      readonly adherentToMonitoringProgram?: boolean | null;
      /** Capacity and skills to use the pump */
      readonly ableToUsePump?: boolean | null;
      /** The patient has family support */
      readonly familySupport?: boolean | null;
      /** The patient already uses a program insulin pump */
      readonly alreadyUsesProgramPump?: boolean | null;
      /** Adherence to the specialist monitoring and control programme while using the pump */
      readonly adherentDuringPumpUse?: boolean | null;
      /** Continuous insulin infusion therapy proves effective (the diabetologist's assessment) */
      readonly csiiEffective?: boolean | null;
      /** The temporary insulin treatment has ended (e.g. after delivery) */
      readonly temporaryInsulinTreatmentEnded?: boolean | null;
    };
    criteria: "type-2-or-other" | "a-permanent-insulin" | "b1-pregnancy-not-controlled" | "b2-lability-not-controlled" | "c1-motivation-request-consent" | "c2-adherence" | "c3-ability-to-use-pump" | "c4-family-support";
    outputs: "approval" | "discontinuationGrounds";
  };
  /** Self-monitoring test strips, insulin-treated type 2 and other types of diabetes */
  "dz-t2-test-strips": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "gestational" | "specific-type" | null;
      /** Date of birth */
      readonly birthDate?: string | null;
      /** Physician recommending the tests */
      readonly recommenderRole?: "diabetologist" | "diabetes-competence" | "designated-physician" | "other" | null;
      /** The tests are prescribed together with the insulin, on the same prescription form */
      readonly stripsOnInsulinPrescription?: boolean | null;
      /** Last day of the period the prescription covers */
      readonly prescriptionEndDate?: string | null;
      /** Number of tests prescribed for the prescription period (teste) */
      readonly requestedStrips?: number | string | null;
      /** The patient adheres to the specialist monitoring and control programme (the treating physician's assessment) */
      readonly adherentToSpecialistMonitoring?: boolean | null;
      /** Insulin treatment */
      readonly insulinTherapy?: "multiple-injections" | "conventional" | "insulin-with-ado" | "insulin-with-niad" | "no-insulin" | null;
      /** The patient adjusts the insulin doses daily according to self-monitoring */
      readonly selfAdjustsInsulinDaily?: boolean | null;
    };
    criteria: "insulin-treated-type-2-or-other" | "recommender" | "a-insulin-regimen" | "b-daily-self-adjustment" | "same-form-as-insulin" | "at-most-three-months" | "quantity-within-maximum";
    outputs: "maxStripsPer3Months" | "dispensing" | "discontinuationGrounds";
  };
  /** Specific treatment of type 2, gestational and other types of diabetes */
  "dz-t2-treatment": {
    facts: {
      /** Type of diabetes */
      readonly diabetesType?: "type-1" | "type-2" | "gestational" | "specific-type" | null;
      /** Class of treatment requested */
      readonly requestedTreatment?: "insulin" | "ado" | "non-insulin-injectable" | null;
      /** Glycated haemoglobin (HbA1c) (%) */
      readonly hba1cPct?: number | string | null;
      /** The patient is on maximal treatment with oral and/or non-insulin injectable antidiabetics */
      readonly onMaximalNonInsulinTherapy?: boolean | null;
      /** The patient strictly adheres to the diet */
      readonly strictDietAdherence?: boolean | null;
      /** The patient's life expectancy is reduced */
      readonly reducedLifeExpectancy?: boolean | null;
      /** Treatment with oral antidiabetics is contraindicated */
      readonly adoContraindicated?: boolean | null;
      /** The patient has surgery */
      readonly surgery?: boolean | null;
      /** The patient has an acute infection */
      readonly acuteInfection?: boolean | null;
      /** The patient has a chronic infection (e.g. pulmonary tuberculosis) */
      readonly chronicInfection?: boolean | null;
      /** The patient has an acute cardiovascular event (myocardial infarction, unstable angina, stroke) */
      readonly acuteCardiovascularEvent?: boolean | null;
      /** Another situation calling for insulin (digestive intolerance, stress) */
      readonly otherSituation?: boolean | null;
      /** The targets are not reached with non-pharmacological treatment alone */
      readonly notAtTargetWithNonPharmacological?: boolean | null;
      /** Prescribing physician */
      readonly prescriberRole?: "diabetologist" | "diabetes-competence" | "designated-internist" | "designated-family-physician" | "other" | null;
      /** Initiation or continuation of the treatment */
      readonly treatmentStage?: "initiation" | "continuation" | null;
      /** There is a medical letter from the diabetologist or physician with competence */
      readonly hasMedicalLetter?: boolean | null;
      /** Newly discovered diabetes */
      readonly newlyDiagnosed?: boolean | null;
      /** Fasting plasma glucose (mg/dl) */
      readonly fastingGlucoseMgDl?: number | string | null;
    };
    criteria: "type-2-or-other" | "a1-hba1c-above-7-5" | "a2-ado-contraindicated" | "a3-surgery" | "a4-acute-infection" | "a5-chronic-infection" | "a6-acute-cardiovascular-event" | "a7-other-situation" | "a8-gestational-diabetes" | "b1-not-at-target-non-pharmacological" | "b2-newly-diagnosed" | "prescriber";
    outputs: "indicationsPresent" | "initiationRule";
  };
  /** Treatment of hemophilia and thalassemia */
  "hemophilia": {
    facts: {
      /** Diagnosis */
      readonly diagnosis?: "congenital-hemophilia-a" | "congenital-hemophilia-b" | "acquired-hemophilia" | "von-willebrand-disease" | "thalassemia" | null;
      /** The patient has inhibitors */
      readonly inhibitorsPresent?: boolean | null;
      /** Treatment requested */
      readonly requestedTreatment?: "continuous-prophylaxis" | "intermittent-prophylaxis" | "on-demand" | null;
      /** Date of birth */
      readonly birthDate?: string | null;
      /** Date prophylactic treatment began */
      readonly prophylaxisStartDate?: string | null;
      /** Level of the deficient factor (FVIII in hemophilia A, FIX in hemophilia B) (%) */
      readonly factorLevelPct?: number | string | null;
      /** Severe phenotype */
      readonly severePhenotype?: boolean | null;
      /** The treatment is requested for a period of locomotor physio-kinesitherapy rehabilitation */
      readonly rehabilitationCourse?: boolean | null;
      /** The rehabilitation period is well documented */
      readonly rehabilitationPeriodDocumented?: boolean | null;
      /** Dates of the bleeds in the most affected joint */
      readonly targetJointBleedDates?: readonly string[] | null;
      /** The target joint is well documented */
      readonly targetJointDocumented?: boolean | null;
      /** The treatment is requested for intensive physical effort (travel, prolonged standing, holiday/leave) */
      readonly intensivePhysicalEffort?: boolean | null;
      /** Weeks of prophylaxis for intensive effort already granted this calendar year (weeks) */
      readonly intensiveEffortWeeksUsedThisYear?: number | string | null;
      /** Weeks of prophylaxis for intensive effort requested (weeks) */
      readonly intensiveEffortWeeksRequested?: number | string | null;
      /** Well-documented risk of a bleed at a site with a potential vital risk */
      readonly lifeThreateningSiteRiskDocumented?: boolean | null;
      /** The patient has had a joint replacement */
      readonly jointProsthesis?: boolean | null;
      /** Reference of the medical documentation relied on */
      readonly documentationReference?: string | null;
      /** The patient has a bleeding episode */
      readonly bleedingEpisode?: boolean | null;
    };
    criteria: "a-congenital-without-inhibitors" | "a1-age" | "a1-severe-form" | "a2-rehabilitation" | "a2-target-joint" | "a2-intensive-effort" | "a2-life-threatening-site" | "a2-joint-prosthesis" | "a3-bleeding-episode" | "b-with-inhibitors" | "acquired-hemophilia" | "von-willebrand-disease" | "thalassemia-chelation";
    outputs: "intensiveEffortWeeks" | "intensiveEffortWeeksGranted" | "documentation";
  };
  /** Monitoring the course of disease in oncology patients by PET-CT (adults and children): eligibility criteria */
  "pet-ct": {
    facts: {
      /** Patient's age group */
      readonly patientAgeGroup?: "adult" | "child" | null;
      /** Cancer type */
      readonly cancerType?: "head-neck" | "thyroid-papillary" | "thyroid-follicular" | "thyroid-medullary" | "thyroid-other" | "breast" | "lung-nsclc" | "lung-sclc" | "pleural-mesothelioma" | "pleural-other" | "thymic" | "oesophageal" | "gastric" | "gist" | "pancreatic-adenocarcinoma" | "pancreatic-other-carcinoma" | "colorectal-colon" | "colorectal-rectum" | "ovarian-carcinoma" | "uterine-cervix" | "uterine-endometrium" | "germ-cell-seminoma" | "germ-cell-nonseminoma" | "germ-cell-teratoma-mature" | "germ-cell-teratoma-other" | "anal" | "vulvar" | "penile" | "lymphoma-hodgkin" | "lymphoma-nh-aggressive" | "lymphoma-nh-follicular" | "lymphoma-nh-low-grade-other" | "plasmacytoma" | "myeloma" | "melanoma" | "sarcoma-soft-tissue" | "sarcoma-osteosarcoma" | "sarcoma-ewing" | "sarcoma-other-bone" | "neuroendocrine" | "paraganglioma" | "cup" | "neuroblastoma" | "langerhans-histiocytosis" | "liver-malignant" | "renal-malignant" | "other" | null;
      /** Site of the germ-cell tumour */
      readonly germCellTumourSite?: "thoracic" | "abdominal" | "gonadal" | "other" | null;
      /** Clinical situation the PET-CT is requested for */
      readonly clinicalSituation?: "primary-tumour-search" | "staging" | "restaging" | "response-assessment" | "residual-disease" | "suspected-recurrence" | "treated-disease-follow-up" | "differential-diagnosis" | "lesion-characterisation" | "biopsy-guidance" | "pre-transplant-evaluation" | "post-transplant-evaluation" | "other" | null;
      /** Result of conventional imaging */
      readonly conventionalImagingResult?: "negative-or-normal" | "equivocal-or-inconclusive" | "shows-disease" | null;
      /** Recurrence (progression) is suspected clinically */
      readonly recurrenceSuspectedClinically?: boolean | null;
      /** Recurrence (progression) is suspected on other imaging */
      readonly recurrenceSuspectedOnImaging?: boolean | null;
      /** Distant metastases are suspected */
      readonly distantMetastasesSuspected?: boolean | null;
      /** The tumour markers the sub-indication names are raised */
      readonly markersElevated?: boolean | null;
      /** The tumour markers are rising */
      readonly markersRising?: boolean | null;
      /** The radioiodine scan is negative */
      readonly radioiodineScanNegative?: boolean | null;
      /** The treated medullary carcinoma is associated with calcitonin levels (measurable calcitonin after treatment) */
      readonly calcitoninLevelsPresent?: boolean | null;
      /** The patient is clinically diagnosed with a single laterocervical lymph node */
      readonly singleLaterocervicalAdenopathy?: boolean | null;
      /** Histopathology shows metastatic squamous carcinoma */
      readonly metastaticSquamousCarcinomaHistology?: boolean | null;
      /** There are residual tumour masses after treatment */
      readonly residualMassPresent?: boolean | null;
      /** Date radiochemotherapy ended */
      readonly radiochemotherapyEndDate?: string | null;
      /** The region was irradiated (prior radiotherapy), so changes may be local effects of radiotherapy */
      readonly priorRadiotherapyToRegion?: boolean | null;
      /** Dense breasts on mammography */
      readonly denseBreasts?: boolean | null;
      /** There are multifocal lesions to assess */
      readonly multifocalLesions?: boolean | null;
      /** Brachial plexopathy after treatment, whose cause (the treatment or tumour invasion) is to be established */
      readonly brachialPlexopathy?: boolean | null;
      /** Locoregionally advanced tumour */
      readonly locoregionallyAdvanced?: boolean | null;
      /** The patient is considered eligible (operable, proposed) for surgery */
      readonly surgicalCandidate?: boolean | null;
      /** The patient is considered fit for (selected for) treatment with radical intent */
      readonly radicalTreatmentIntent?: boolean | null;
      /** Size of the largest mediastinal lymph node on CT (cm) */
      readonly mediastinalNodeMaxCm?: number | string | null;
      /** Equivocal lesions that might be metastases (for example an enlarged adrenal gland) */
      readonly equivocalPossibleMetastasis?: boolean | null;
      /** Size of the solitary pulmonary nodule to characterise (cm) */
      readonly solitaryPulmonaryNoduleCm?: number | string | null;
      /** Limited disease on CT */
      readonly limitedDiseaseOnCt?: boolean | null;
      /** Pleural thickening (not only a pleural effusion) */
      readonly pleuralThickening?: boolean | null;
      /** History of pleurodesis */
      readonly priorPleurodesis?: boolean | null;
      /** The patient is proposed for multimodal therapy including radical surgery/decortication */
      readonly multimodalTherapyWithRadicalSurgeryPlanned?: boolean | null;
      /** The patient will probably need systemic therapy */
      readonly systemicTherapyLikelyNeeded?: boolean | null;
      /** The treatment whose response is assessed */
      readonly assessedTreatment?: "chemotherapy" | "other-systemic-therapy" | "radiochemotherapy" | "radiotherapy" | "surgery" | "multimodal" | null;
      /** Operable synchronous metastases at diagnosis */
      readonly synchronousOperableMetastases?: boolean | null;
      /** Recurrences and/or metastatic lesions considered resectable */
      readonly resectableRecurrenceOrMetastases?: boolean | null;
      /** Presacral tumour mass after treatment */
      readonly presacralMassAfterTreatment?: boolean | null;
      /** The patient is considered fit for exenterative surgery */
      readonly exenterationCandidate?: boolean | null;
      /** Suspected locally advanced disease (suspect lesions, for example abnormal pelvic nodes on MRI) */
      readonly locallyAdvancedSuspected?: boolean | null;
      /** High risk of para-aortic nodes or distant metastases */
      readonly highRiskParaAorticOrDistantMetastases?: boolean | null;
      /** Number of chemotherapy cycles completed before the assessment (cycles) */
      readonly chemotherapyCyclesCompleted?: number | string | null;
      /** Early-stage disease */
      readonly earlyStage?: boolean | null;
      /** The patient is considered eligible for radiotherapy */
      readonly radiotherapyEligible?: boolean | null;
      /** The patient is symptomatic */
      readonly symptomatic?: boolean | null;
      /** The patient has had a (stem-cell) transplant */
      readonly priorStemCellTransplant?: boolean | null;
      /** FDG-avid lymphoma */
      readonly fdgAvid?: boolean | null;
      /** The line of treatment whose response is assessed (1 = first line) */
      readonly treatmentLine?: number | string | null;
      /** Cutaneous (primary cutaneous) lymphoma */
      readonly cutaneousLymphoma?: boolean | null;
      /** Transformation into high-grade lymphoma is suspected */
      readonly suspectedHighGradeTransformation?: boolean | null;
      /** Ambiguous osteolytic lesions */
      readonly ambiguousOsteolyticLesions?: boolean | null;
      /** Non-secretory myeloma */
      readonly myelomaNonSecretory?: boolean | null;
      /** Predominantly extramedullary disease */
      readonly myelomaPredominantlyExtramedullary?: boolean | null;
      /** Metastatic lesions (nodal or distant) with a surgical indication */
      readonly metastasesWithSurgicalIndication?: boolean | null;
      /** Positive sentinel lymph node */
      readonly sentinelNodePositive?: boolean | null;
      /** High histological grade sarcoma */
      readonly sarcomaHighGrade?: boolean | null;
      /** Metastases are already evident */
      readonly metastasesAlreadyEvident?: boolean | null;
      /** Metastatic sarcoma with an indication for liver or lung metastasectomy */
      readonly metastasectomyIndicatedLiverOrLung?: boolean | null;
      /** Imaging showed extrahepatic or extrapulmonary disease that contraindicates surgery */
      readonly extraOrganDiseaseContraindicatingSurgery?: boolean | null;
      /** An amputation is being considered */
      readonly amputationConsidered?: boolean | null;
      /** The bone scintigraphy is negative */
      readonly boneScintigraphyNegative?: boolean | null;
      /** When the assessment falls relative to treatment */
      readonly treatmentPhase?: "during-treatment" | "pre-operative" | "pre-radiotherapy" | "end-of-treatment" | "post-operative" | null;
      /** The procedure assessed is high-dose chemotherapy with autologous stem-cell transplant */
      readonly highDoseChemotherapyWithAutologousTransplant?: boolean | null;
      /** Whether imaging (CT, MRI) detected the primary site */
      readonly primaryTumourFoundByImaging?: "not-found" | "equivocal" | "found" | null;
    };
    criteria: "A.1.a" | "A.1.b" | "A.1.c" | "A.2.a" | "A.2.b" | "A.2.c" | "A.3.a" | "A.3.b" | "A.3.c" | "A.3.d" | "A.4.a" | "A.4.b" | "A.4.c" | "A.5" | "A.6.a" | "A.6.b" | "A.7.a" | "A.7.b" | "A.8.a" | "A.8.b" | "A.9.a" | "A.9.b" | "A.10.a" | "A.10.b" | "A.11.a" | "A.11.b" | "A.12.a" | "A.12.b" | "A.12.c" | "A.12.d" | "A.12.e" | "A.13.a" | "A.13.b" | "A.14.a" | "A.14.b" | "A.14.c" | "A.15.a" | "A.15.b" | "A.16" | "A.17.a" | "A.17.b" | "A.17.c" | "A.17.d" | "A.17.e" | "A.17.f" | "A.17.g" | "A.17.h" | "A.17.i" | "A.17.j" | "A.18.a" | "A.18.b" | "A.19.a" | "A.19.b" | "A.20.a" | "A.20.b" | "A.20.c" | "A.20.d" | "A.20.e" | "A.20.f" | "A.21.a" | "A.21.b" | "A.22" | "B.1.a" | "B.1.b" | "B.1.c" | "B.1.d" | "B.1.e" | "B.2.a" | "B.2.b" | "B.2.c" | "B.2.d" | "B.3.a" | "B.3.b" | "B.3.c" | "B.4.a" | "B.4.b" | "B.4.c" | "B.5.a" | "B.5.b" | "B.5.c" | "B.5.d" | "B.6.a" | "B.6.b" | "B.6.c" | "B.6.d" | "B.7.a" | "B.7.b" | "B.7.c" | "B.7.d" | "B.8.a" | "B.8.b" | "B.8.c" | "B.8.d" | "B.9.a" | "B.9.b" | "B.9.c" | "B.10.a" | "B.10.b" | "B.10.c" | "B.11.a" | "B.11.b" | "B.11.c" | "B.11.d" | "B.12";
    outputs: "petCtTariff" | "expertCommissionApproval" | "fdgUptakeWarnings";
  };
  /** Long-term oxygen therapy with a portable oxygen concentrator */
  "portable-oxygen": {
    facts: {
      /** Kind of prescription */
      readonly prescriptionType?: "initial" | "renewal" | null;
      /** The patient has an indication for long-term oxygen therapy with a stationary oxygen concentrator */
      readonly hasStationaryLtotIndication?: boolean | null;
      /** FEV1/VC ratio (%) */
      readonly fev1VcRatioPct?: number | string | null;
      /** TLC, % of predicted (% of predicted) */
      readonly tlcPctPredicted?: number | string | null;
      /** DLCO, % of predicted (% of predicted) */
      readonly dlcoPctPredicted?: number | string | null;
      /** Dyspnoea score on the mMRC scale */
      readonly mmrcScore?: number | string | null;
      /** Date of the dyspnoea (mMRC) assessment */
      readonly mmrcAssessmentDate?: string | null;
      /** Lowest SpO2 during the 6-minute walk test (%) */
      readonly sixMwtMinSpO2Pct?: number | string | null;
      /** Date of the 6-minute walk test */
      readonly sixMwtDate?: string | null;
      /** The patient had an acute exacerbation episode before the assessments (mMRC score, 6-minute walk test) */
      readonly hadAcuteExacerbation?: boolean | null;
      /** Date of the last acute exacerbation episode before the assessments */
      readonly lastAcuteExacerbationDate?: string | null;
      /** The physician decides that portable oxygen has a potential benefit */
      readonly physicianFindsPotentialBenefit?: boolean | null;
      /** The patient's situation in which the physician finds the benefit */
      readonly patientActivity?: "employed" | "pupil-or-student-attending" | "other-active-situation" | "able-and-willing-outdoor-exertion" | "none" | null;
      /** Specialty of the recommending physician */
      readonly prescriberSpecialty?: "pneumologie" | "pneumologie-pediatrica" | "alta" | null;
      /** The physician holds a contract with a health-insurance house for medical services */
      readonly prescriberHasCasContract?: boolean | null;
      /** The Annex 38 A form is signed and stamped by the physician */
      readonly annex38aSignedAndStampedByPhysician?: boolean | null;
      /** The Annex 38 A form is signed by the insured person */
      readonly annex38aSignedByInsured?: boolean | null;
      /** Date of the lung function tests (FEV1/VC, TLC, DLCO) */
      readonly lungFunctionTestDate?: string | null;
      /** Mean daily use measured by the device (h/day) */
      readonly deviceMeanUsageHoursPerDay?: number | string | null;
      /** The portable-oxygen indication at the treating physician's last assessment */
      readonly indicationStatus?: "persists" | "ceased-favourable-evolution" | "ceased-exacerbation-remission" | null;
      /** The person's officially assessed degree of disability */
      readonly disabilityDegree?: "none" | "mild" | "medium" | "pronounced" | "severe" | null;
    };
    criteria: "c1-scope" | "c1-lung-disease" | "c1-exertional-dyspnoea" | "c1-exertional-desaturation" | "c1-benefit-decision" | "c1-renewal-annual" | "c1-renewal-compliance" | "c1-indication-persists" | "c1-prescriber" | "c1-annex-38a";
    outputs: "maxPrescriptionDuration" | "discontinuation";
  };
};

/** The id of a bundled rule set. */
export type BundledRuleSetId = keyof BundledRegistry;
