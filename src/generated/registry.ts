// Generated from the bundled rule files by `npm run generate`. Do not edit by hand.

/** A number known only within bounds (`{ lessThan: "1" }`): at most one bound on each side. */
export type NumberBoundInput = {
  readonly lessThan?: number | string;
  readonly lessThanInclusive?: number | string;
  readonly greaterThan?: number | string;
  readonly greaterThanInclusive?: number | string;
};

/** The bundled rule sets: the facts each takes and the ids of its criteria and outputs. */
export type BundledRegistry = {
  /** National cardiovascular program: eligibility for procedures */
  "cardio-procedures": {
    facts: {
      /** The procedure requested */
      readonly procedure?: "percutaneous-dilation" | "electrophysiology" | "pacemaker" | "ablation" | "implantable-defibrillator" | "cardiac-resynchronization" | "cardiovascular-surgery" | "hybrid-aortic-aneurysm-repair" | "transcatheter-aortic-valve" | "long-term-mechanical-circulatory-support" | "vascular-surgery" | "congenital-interventional" | null;
      /** The patient has severe arterial stenoses */
      readonly severeArterialStenosis?: boolean | null;
      /** The stenoses have an indication for percutaneous dilation */
      readonly percutaneousDilationIndicated?: boolean | null;
      /** The patient has arrhythmias resistant to conventional treatment */
      readonly arrhythmiaResistantToConventionalTreatment?: boolean | null;
      /** The patient has severe bradyarrhythmias */
      readonly severeBradyarrhythmia?: boolean | null;
      /** The patient has an indication for pacemaker implantation */
      readonly pacemakerIndicated?: boolean | null;
      /** The arrhythmia for which ablation is requested */
      readonly ablationArrhythmia?: "atrial-fibrillation" | "focal-atrial-tachycardia" | "atypical-atrial-flutter" | "atrial-extrasystoles" | "ventricular-extrasystoles" | "ventricular-tachycardia" | "other" | null;
      /** Conventional ablation methods were not effective or are considered risky */
      readonly conventionalAblationIneffectiveOrRisky?: boolean | null;
      /** Drug treatment or treatment by other means */
      readonly nonAblativeTreatment?: "ineffective" | "not-tolerated" | "not-acceptable-first-line" | "effective-tolerated-acceptable" | null;
      /** The patient has malignant ventricular arrhythmias resistant to conventional treatment */
      readonly malignantVentricularArrhythmiaResistant?: boolean | null;
      /** The patient has a high risk of sudden death */
      readonly highSuddenDeathRisk?: boolean | null;
      /** The patient has heart failure */
      readonly heartFailure?: boolean | null;
      /** Increased QRS duration on the electrocardiogram */
      readonly qrsDurationIncreased?: boolean | null;
      /** Left ventricular ejection fraction (%) */
      readonly lvefPct?: number | string | NumberBoundInput | null;
      /** The disease has a surgical indication for the procedure requested */
      readonly surgicalIndication?: boolean | null;
      /** The patient has major contraindications to the operation */
      readonly majorContraindication?: boolean | null;
      /** The patient has an aortic aneurysm */
      readonly aorticAneurysm?: boolean | null;
      /** Adequate iliac or femoral vascular access */
      readonly iliacOrFemoralAccessAdequate?: boolean | null;
      /** Length of the non-aneurysmal neck below the origin of the renal arteries (cm) */
      readonly aneurysmNeckLengthCm?: number | string | NumberBoundInput | null;
      /** Diameter of the vessel where the stent is to be implanted (mm) */
      readonly landingVesselDiameterMm?: number | string | NumberBoundInput | null;
      /** Diameter of the stent available for implantation (mm) */
      readonly stentDiameterMm?: number | string | NumberBoundInput | null;
      /** Aneurysm diameter (latest measurement) (cm) */
      readonly aneurysmDiameterCm?: number | string | NumberBoundInput | null;
      /** Date of the latest aneurysm diameter measurement */
      readonly aneurysmDiameterDate?: string | null;
      /** Aneurysm diameter at an earlier measurement (cm) */
      readonly earlierAneurysmDiameterCm?: number | string | NumberBoundInput | null;
      /** Date of the earlier aneurysm diameter measurement */
      readonly earlierAneurysmDiameterDate?: string | null;
      /** Diameter (calibre) of the infrarenal aorta (cm) */
      readonly infrarenalAortaDiameterCm?: number | string | NumberBoundInput | null;
      /** Angulation of the aneurysm neck (degrees) */
      readonly aneurysmNeckAngulationDeg?: number | string | NumberBoundInput | null;
      /** Iliac artery diameter (mm) */
      readonly iliacDiameterMm?: number | string | NumberBoundInput | null;
      /** The iliac arteries allow a 19F sheath to be introduced */
      readonly sheath19FInsertable?: boolean | null;
      /** Angulation of the iliac arteries (degrees) */
      readonly iliacAngulationDeg?: number | string | NumberBoundInput | null;
      /** The patient has end-stage heart failure */
      readonly endStageHeartFailure?: boolean | null;
      /** The patient has contraindications to heart transplantation */
      readonly heartTransplantContraindicated?: boolean | null;
      /** The support is a waiting therapy ("bridge") to transplantation */
      readonly bridgeToTransplant?: boolean | null;
      /** The patient has severe symptoms */
      readonly severeSymptoms?: boolean | null;
      /** The heart failure is refractory to conventional therapy */
      readonly heartFailureRefractory?: boolean | null;
      /** Days of dependence on positive inotropes/vasopressors (days) */
      readonly inotropeDependenceDays?: number | string | NumberBoundInput | null;
      /** Days of dependence on the intra-aortic balloon pump (IABP) (days) */
      readonly iabpDependenceDays?: number | string | NumberBoundInput | null;
      /** Peak oxygen uptake (VO2) (ml/kg/min) */
      readonly peakVo2MlKgMin?: number | string | NumberBoundInput | null;
      /** Standardized (predicted) VO2 for age, sex and weight (ml/kg/min) */
      readonly predictedPeakVo2MlKgMin?: number | string | NumberBoundInput | null;
      /** Cardiac index (l/min/m²) */
      readonly cardiacIndexLMinM2?: number | string | NumberBoundInput | null;
      /** The cardiac index is measured during concomitant therapy with positive inotropes */
      readonly onConcomitantInotropes?: boolean | null;
      /** The patient (adult or child) has a congenital heart malformation */
      readonly congenitalHeartMalformation?: boolean | null;
      /** The malformation can be treated by interventional cardiology procedures */
      readonly solvableByInterventionalCardiology?: boolean | null;
      /** Severe (tight) aortic stenosis */
      readonly severeAorticStenosis?: boolean | null;
      /** The aortic stenosis is symptomatic */
      readonly aorticStenosisSymptomatic?: boolean | null;
      /** Surgical risk, as analysed by the medico-surgical team */
      readonly heartTeamSurgicalRisk?: "inoperable" | "high" | "not-high" | null;
      /** Quality of life is expected to improve */
      readonly qualityOfLifeImprovementExpected?: boolean | null;
      /** Life expectancy after the procedure, as estimated by the team (years) */
      readonly lifeExpectancyYearsAfterProcedure?: number | string | NumberBoundInput | null;
    };
    criteria: "a-percutaneous-dilation" | "b-electrophysiology" | "c-pacemaker" | "d-ablation" | "e-implantable-defibrillator" | "f-cardiac-resynchronization" | "g-cardiovascular-surgery" | "h-aortic-aneurysm" | "h-access" | "h-neck-length" | "h-stent-sizing" | "h-diameter-over-5cm" | "h-diameter-4-5cm-growing" | "h-diameter-over-twice-infrarenal" | "h-neck-angulation" | "h-iliac-diameter" | "h-iliac-angulation" | "i-transcatheter-aortic-valve" | "j-end-stage-heart-failure" | "j-1-transplant" | "j-2-inotrope-or-balloon-dependence" | "j-3-oxygen-uptake" | "j-4-cardiac-index" | "k-vascular-surgery" | "l-congenital-interventional";
    outputs: "applicableLetter";
  };
  /** The 2020 measures: extended periodic evaluations and dialysis settlement */
  "covid-2020-continuity": {
    facts: {
      /** Measure */
      readonly measure?: "periodic-evaluation" | "dialysis-settlement" | "periodic-evaluation" | null;
      /** The drug's marking in the list of Government Decision 720/2008 */
      readonly drugMarking?: "double-star" | "double-star-1" | "double-star-1-omega" | null;
      /** The prescription rests on the medical documents issued after the periodic medical evaluations */
      readonly evaluationDocuments?: boolean | null;
      /** Last day of validity of the periodic evaluation, with its extension during the state of emergency */
      readonly evaluationValidUntil?: string | null;
      /** Date of the continuation prescription */
      readonly prescriptionDate?: string | null;
      /** The periodic evaluation was redone under the therapeutic protocols (Order 1.301/500/2008) */
      readonly reevaluatedUnderProtocol?: boolean | null;
      /** The dialysis services were actually performed */
      readonly servicesActuallyPerformed?: boolean | null;
      /** The dialysed patients are within the number of patients set at national level */
      readonly withinNationalPatientNumber?: boolean | null;
      /** Kind of dialysis */
      readonly dialysisType?: "haemodialysis" | "online-haemodiafiltration" | "continuous-peritoneal" | "automated-peritoneal" | null;
    };
    criteria: "prescribed-on-evaluation-documents" | "evaluation-valid-or-redone" | "all-dialysis-settled";
    outputs: "evaluation" | "dialysisSettlement";
  };
  /** The 2020 measures (CNAS Order 715/2020) */
  "covid-2020-measures": {
    facts: {
      /** Measure */
      readonly measure?: "card-waiver" | "pias-upload-waiver" | "family-doctor-continuation" | "proxy-pickup" | "home-delivery" | "home-infusion" | null;
      /** Provider type */
      readonly providerType?: "hospital-with-beds" | "paraclinical" | "medicines" | "radiotherapy" | "dialysis" | "other" | null;
      /** The service or medicine is part of the national curative health programs */
      readonly programService?: boolean | null;
      /** Recorded or dispensed off-line */
      readonly recordedOffline?: boolean | null;
      /** What was recorded or dispensed off-line */
      readonly offlineRecord?: "medical-service" | "specific-medical-material" | "medicine" | "medical-device" | null;
      /** Stable therapeutic scheme */
      readonly stableTherapeuticScheme?: boolean | null;
      /** Medical letter and/or confirmation of the specific prescribing form, issued by the specialist */
      readonly specialistDocuments?: boolean | null;
      /** Open-circuit medicine that specialists prescribed until the state of emergency */
      readonly openCircuitPreviouslyPrescribedBySpecialist?: boolean | null;
      /** What is dispensed */
      readonly item?: "oral-medicine" | "sc-im-medicine" | "infusion-medicine" | "diabetes-consumables" | "epidermolysis-bullosa-consumables" | null;
      /** Dispensed only through closed-circuit pharmacies */
      readonly closedCircuitOnly?: boolean | null;
      /** A mental-health program medicine */
      readonly mentalHealthProgram?: boolean | null;
      /** The hospital specialist evaluated the patient by any means of communication */
      readonly remoteSpecialistEvaluation?: boolean | null;
      /** The collecting person shows an identity document */
      readonly proxyIdentityDocument?: boolean | null;
      /** The unit can deliver to the home */
      readonly unitCanDeliver?: boolean | null;
      /** The unit can keep the manufacturer's storage and transport precautions */
      readonly storageTransportPrecautions?: boolean | null;
      /** The attending doctor considers home administration possible */
      readonly doctorApprovesHomeAdministration?: boolean | null;
      /** Home administration is organised under medical staff supervision */
      readonly medicalSupervisionOrganised?: boolean | null;
    };
    criteria: "card-waiver" | "pias-upload-waiver" | "family-doctor-continuation" | "proxy-pickup" | "home-delivery" | "home-infusion";
    outputs: "measureEnds";
  };
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
      /** Who took the decision to stop the use of the device */
      readonly discontinuationDecidedBy?: "diabetologist" | "diabetes-competence" | "other" | null;
      /** Who issued the inclusion decision */
      readonly approvalIssuedBy?: "regional-centre-commission" | "regional-centre-coordinator" | "other" | null;
    };
    criteria: "dossier-compiled-by-treating-diabetologist" | "type-2-devices" | "dossier-contents" | "approval-decision" | "informed-consent" | "fitting-regime-pumps" | "fitting-regime-cgm" | "fitting-unit" | "implantable-cgm-rules";
    outputs: "regionalCentre" | "approval" | "consumablesPrescription" | "approvalValidity" | "discontinuationDecision";
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
      readonly prescriptionDays?: number | string | NumberBoundInput | null;
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
      readonly hba1cPct?: number | string | NumberBoundInput | null;
      /** Intensive insulin therapy is correctly administered (attested by the treating physician) */
      readonly intensiveTherapyCorrectlyAdministered?: boolean | null;
      /** Current insulin regimen */
      readonly insulinRegimen?: "basal-bolus-mdi" | "pump-without-cgm" | "other" | null;
      /** Date since which the patient has been treated without interruption with basal-bolus injections or a pump without CGM */
      readonly intensiveRegimenSince?: string | null;
      /** Number of medically documented specific chronic complications of diabetes (complications) */
      readonly documentedChronicComplications?: number | string | NumberBoundInput | null;
      /** Average daily self-monitoring glucose measurements over the last 3 months (measurements/day) */
      readonly smbgPerDayLast3Months?: number | string | NumberBoundInput | null;
      /** The patient's or caregiver's request is submitted */
      readonly requestSubmitted?: boolean | null;
      /** The informed consent (annex 12^3) is signed */
      readonly informedConsentSigned?: boolean | null;
      /** The patient already uses a continuous glucose monitoring system from the program */
      readonly alreadyUsesProgramCgm?: boolean | null;
      /** Share of time the CGM system was used in the last month (%) */
      readonly cgmUsePctLastMonth?: number | string | NumberBoundInput | null;
      /** Date CGM self-monitoring began */
      readonly cgmStartDate?: string | null;
      /** HbA1c before CGM self-monitoring began (%) */
      readonly hba1cBeforeCgmPct?: number | string | NumberBoundInput | null;
      /** Glycaemic coefficient of variation (CV) measured by the CGM system (%) */
      readonly cvPct?: number | string | NumberBoundInput | null;
      /** Glycaemic CV at the start of CGM (the first monitoring period) (%) */
      readonly cvAtCgmStartPct?: number | string | NumberBoundInput | null;
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
      /** Days the consumables are prescribed for (zile) */
      readonly consumablesPrescriptionDays?: number | string | NumberBoundInput | null;
      /** Sensors prescribed (senzori) */
      readonly requestedSensors?: number | string | NumberBoundInput | null;
      /** Transmitters prescribed (transmițătoare) */
      readonly requestedTransmitters?: number | string | NumberBoundInput | null;
      /** Sensors prescribed to the patient in the 12 months before this prescription (senzori) */
      readonly sensorsPrescribedPrevious12Months?: number | string | NumberBoundInput | null;
      /** Transmitters prescribed to the patient in the 12 months before this prescription (transmițătoare) */
      readonly transmittersPrescribedPrevious12Months?: number | string | NumberBoundInput | null;
    };
    criteria: "t1-diabetes" | "cat-a-child" | "cat-b-young-person" | "cat-c-pregnant" | "d1-hba1c-above-target" | "d2-hypoglycaemia" | "d3-nocturnal-hypoglycaemia" | "d4-glycaemic-variability" | "d5-chronic-complications" | "cat-d-other-adult" | "d6-intensive-insulin-6-months" | "d7-self-monitoring-4-a-day" | "d8-request-and-consent" | "stop-a-use-under-75" | "stop-b-hba1c-rising" | "stop-c-cv-above-36" | "stop-d-hypoglycaemia-14-days" | "stop-e-written-refusal" | "stop-f-unable-to-use" | "request-period-3-months" | "request-sensors-within-yearly-need" | "request-transmitter-within-yearly-need";
    outputs: "priorityTier" | "discontinuationGrounds" | "initiationKit" | "yearlyConsumables" | "consumablesPrescriptionCeiling";
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
      readonly hba1cPct?: number | string | NumberBoundInput | null;
      /** HbA1c on the previous multiple-injection therapy (%) */
      readonly hba1cOnPriorMdiPct?: number | string | NumberBoundInput | null;
      /** Ketoacidosis episodes since pump therapy began (episodes) */
      readonly ketoacidosisEpisodesOnPump?: number | string | NumberBoundInput | null;
      /** The treating physician has decided to stop the pump */
      readonly discontinuationDecided?: boolean | null;
      /** The patient refuses to remain a beneficiary of the pump */
      readonly refusesBeneficiaryStatus?: boolean | null;
      /** Days the consumables are prescribed for (zile) */
      readonly consumablesPrescriptionDays?: number | string | NumberBoundInput | null;
      /** Catheters prescribed (catetere) */
      readonly requestedCatheters?: number | string | NumberBoundInput | null;
      /** Reservoirs prescribed (rezervoare) */
      readonly requestedReservoirs?: number | string | NumberBoundInput | null;
    };
    criteria: "t1-diabetes" | "cat-a-child" | "cat-b-young-person" | "cat-c-pregnant" | "d1-mdi-control-not-achieved" | "cat-d-other-adult" | "d2-motivation-request-consent" | "d3-adherence" | "d4-pump-ability" | "stop-a-non-adherence" | "stop-b-hba1c-rising" | "stop-c-ketoacidosis" | "request-period-3-months" | "request-catheters-within-need" | "request-reservoirs-within-need";
    outputs: "eligibilityCategory" | "discontinuationGrounds" | "returnObligation" | "pumpConsumables" | "consumablesPrescriptionCeiling";
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
      readonly cvPct?: number | string | NumberBoundInput | null;
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
      readonly hba1cPct?: number | string | NumberBoundInput | null;
      /** HbA1c before the system was started (%) */
      readonly hba1cBeforeSapPct?: number | string | NumberBoundInput | null;
      /** Severe hypoglycaemia continues (the treating physician's finding) */
      readonly severeHypoglycaemiaContinuing?: boolean | null;
      /** The patient or caregiver refuses to remain a beneficiary of the system */
      readonly refusesBeneficiaryStatus?: boolean | null;
      /** The treating physician has decided to stop the system */
      readonly discontinuationDecided?: boolean | null;
      /** Days the consumables are prescribed for (zile) */
      readonly consumablesPrescriptionDays?: number | string | NumberBoundInput | null;
      /** Catheters prescribed (catetere) */
      readonly requestedCatheters?: number | string | NumberBoundInput | null;
      /** Reservoirs prescribed (rezervoare) */
      readonly requestedReservoirs?: number | string | NumberBoundInput | null;
      /** Sensors prescribed (senzori) */
      readonly requestedSensors?: number | string | NumberBoundInput | null;
      /** Transmitters prescribed (transmițătoare) */
      readonly requestedTransmitters?: number | string | NumberBoundInput | null;
      /** Sensors prescribed to the patient in the 12 months before this prescription (senzori) */
      readonly sensorsPrescribedPrevious12Months?: number | string | NumberBoundInput | null;
      /** Transmitters prescribed to the patient in the 12 months before this prescription (transmițătoare) */
      readonly transmittersPrescribedPrevious12Months?: number | string | NumberBoundInput | null;
    };
    criteria: "t1-diabetes" | "a-adult-cgm-cv-above-36" | "b-child-cgm-cv-above-36" | "c-motivation-request-consent" | "d-adherence" | "e-pump-and-sensor-ability" | "earlier-pump-holder" | "stop-a-non-adherence" | "stop-b-hba1c-not-falling" | "stop-c-severe-hypoglycaemia" | "stop-d-refusal" | "request-period-3-months" | "request-catheters-within-need" | "request-reservoirs-within-need" | "request-sensors-within-yearly-need" | "request-transmitter-within-yearly-need";
    outputs: "priorityTier" | "discontinuationGrounds" | "returnObligation" | "initiationKit" | "yearlyConsumables" | "consumablesPrescriptionCeiling";
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
      readonly requestedStrips?: number | string | NumberBoundInput | null;
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
      readonly requestedStrips?: number | string | NumberBoundInput | null;
      /** The patient adheres to the specialist monitoring and control programme (the treating physician's assessment) */
      readonly adherentToSpecialistMonitoring?: boolean | null;
      /** Insulin treatment */
      readonly insulinTherapy?: "multiple-injections" | "conventional" | "insulin-with-ado" | "insulin-with-niad" | "no-insulin" | null;
      /** The patient is treated with insulin */
      readonly insulinTreated?: boolean | null;
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
      readonly hba1cPct?: number | string | NumberBoundInput | null;
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
      readonly fastingGlucoseMgDl?: number | string | NumberBoundInput | null;
    };
    criteria: "type-2-or-other" | "a1-hba1c-above-7-5" | "a2-ado-contraindicated" | "a3-surgery" | "a4-acute-infection" | "a5-chronic-infection" | "a6-acute-cardiovascular-event" | "a7-other-situation" | "a8-gestational-diabetes" | "b1-not-at-target-non-pharmacological" | "b2-newly-diagnosed" | "prescriber";
    outputs: "indicationsPresent" | "initiationRule";
  };
  /** Cochlear implants and bone-anchored implantable hearing aids: eligibility */
  "hearing-implants": {
    facts: {
      /** The device requested */
      readonly device?: "cochlear-implant" | "bone-anchored-hearing-aid" | "other-device" | null;
      /** Type of hearing loss */
      readonly hearingLossType?: "sensorineural" | "conductive" | "mixed" | null;
      /** The hearing loss is bilateral */
      readonly bilateral?: boolean | null;
      /** The hearing loss is asymmetric (including total hearing loss in one ear with normal or near-normal hearing in the other) */
      readonly asymmetric?: boolean | null;
      /** Degree of the hearing loss */
      readonly hearingLossDegree?: "mild" | "moderate" | "severe" | "profound" | null;
      /** Hearing thresholds (unaided) (dB HL) */
      readonly hearingThresholdDb?: number | string | NumberBoundInput | null;
      /** Aided free-field thresholds (dB HL) */
      readonly aidedFreeFieldThresholdDb?: number | string | NumberBoundInput | null;
      /** Aided speech discrimination at a 65 dB HL stimulus (%) */
      readonly aidedSpeechDiscriminationPct?: number | string | NumberBoundInput | null;
      /** Speech discrimination (%) */
      readonly speechDiscriminationPct?: number | string | NumberBoundInput | null;
      /** Bone-conduction thresholds (dB HL) */
      readonly boneConductionThresholdDb?: number | string | NumberBoundInput | null;
      /** Onset of the hearing loss relative to language development */
      readonly onset?: "prelingual" | "perilingual" | "postlingual" | null;
      /** Date of birth */
      readonly birthDate?: string | null;
      /** The hearing loss followed meningitis */
      readonly postMeningitic?: boolean | null;
      /** The hearing loss is progressive */
      readonly progressive?: boolean | null;
      /** The patient has lost the benefit of conventional hearing aids */
      readonly lostHearingAidBenefit?: boolean | null;
      /** Degree of loss at high frequencies (> 1,000 Hz) */
      readonly highFrequencyDegree?: "mild" | "moderate" | "severe" | "profound" | null;
      /** Degree of loss at low frequencies (< 1,000 Hz) */
      readonly lowFrequencyDegree?: "mild" | "moderate" | "severe" | "profound" | null;
      /** Why the hearing loss cannot be fitted with a conventional hearing aid */
      readonly conventionalAidImpossibleBecause?: "chronic-or-recurrent-otitis-externa" | "chronic-ear-suppuration" | "outer-or-middle-ear-stenosis-or-malformation" | "other-reason" | "can-be-fitted" | null;
      /** Good family support and involvement */
      readonly goodFamilySupport?: boolean | null;
      /** Adequate psychological support */
      readonly adequatePsychologicalSupport?: boolean | null;
      /** The family's expectations of auditory-verbal rehabilitation are realistic */
      readonly realisticFamilyExpectations?: boolean | null;
    };
    criteria: "implantable-device" | "a-profound-prelingual-under-6" | "b-post-meningitic" | "c-progressive-lost-aid-benefit" | "d-postlingual-high-frequency" | "e-adult-severe-profound" | "f-asymmetric" | "g-conductive-cannot-be-fitted" | "h-sensorineural-discrimination-over-50" | "i-conductive-bone-conduction-under-60" | "j-family-and-psychological-support" | "k-realistic-expectations";
    outputs: "priority" | "implantType";
  };
  /** Sound-processor replacement: cochlear implants and bone-anchored hearing aids */
  "hearing-processor-replacement": {
    facts: {
      /** The device whose sound processor (external part) is to be replaced */
      readonly device?: "cochlear-implant" | "bone-anchored-hearing-aid" | "other-device" | null;
      /** Activation date of the sound processor to be replaced */
      readonly processorActivationDate?: string | null;
      /** The processor has failed */
      readonly processorFailed?: boolean | null;
      /** Date the processor failed */
      readonly processorFailureDate?: string | null;
      /** Last day of the processor's warranty period */
      readonly warrantyEndDate?: string | null;
      /** The report of the manufacturer's service department attests that the processor cannot be repaired */
      readonly irreparablePerManufacturerServiceReport?: boolean | null;
      /** The service report attesting that repair is impossible is annexed to the observation sheet */
      readonly serviceReportAnnexedToObservationSheet?: boolean | null;
      /** The processor no longer provides hearing because the hearing loss is progressive */
      readonly hearingNotProvidedDueToProgressiveLoss?: boolean | null;
      /** The cochlear reserve (bone-conduction thresholds) can no longer be stimulated by the processor worn */
      readonly cochlearReserveNotStimulableByCurrentProcessor?: boolean | null;
      /** Stimulation is possible with another type of processor with higher amplification */
      readonly stimulableWithHigherAmplificationProcessor?: boolean | null;
    };
    criteria: "program-processor" | "ci-a-seven-years" | "ci-b-irreparable-after-warranty" | "baha-a-five-years" | "baha-b-irreparable-after-warranty" | "baha-c-progressive-loss" | "service-report-in-file";
    outputs: "replacementGrounds" | "dispensing";
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
      /** The patient has ever had prophylactic treatment */
      readonly hadProphylaxis?: boolean | null;
      /** Level of the deficient factor (FVIII in hemophilia A, FIX in hemophilia B) (%) */
      readonly factorLevelPct?: number | string | NumberBoundInput | null;
      /** Severity as stated by the physician (classification by factor level) */
      readonly statedSeverity?: "severe" | "moderate" | "mild" | null;
      /** Severe phenotype */
      readonly severePhenotype?: boolean | null;
      /** The treatment is requested for a period of locomotor physio-kinesitherapy rehabilitation */
      readonly rehabilitationCourse?: boolean | null;
      /** The rehabilitation period is well documented */
      readonly rehabilitationPeriodDocumented?: boolean | null;
      /** Dates of the bleeds in the most affected joint */
      readonly targetJointBleedDates?: readonly string[] | null;
      /** Number of bleeds in the most affected joint in the last 6 months (sângerări) */
      readonly targetJointBleedCount?: number | string | NumberBoundInput | null;
      /** The target joint is well documented */
      readonly targetJointDocumented?: boolean | null;
      /** The treatment is requested for intensive physical effort (travel, prolonged standing, holiday/leave) */
      readonly intensivePhysicalEffort?: boolean | null;
      /** Weeks of prophylaxis for intensive effort already granted this calendar year (weeks) */
      readonly intensiveEffortWeeksUsedThisYear?: number | string | NumberBoundInput | null;
      /** Weeks of prophylaxis for intensive effort requested (weeks) */
      readonly intensiveEffortWeeksRequested?: number | string | NumberBoundInput | null;
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
  /** Multiple sclerosis: immunomodulatory treatment */
  "multiple-sclerosis": {
    facts: {
      /** Kind of request */
      readonly requestKind?: "initiation" | "switch" | "continuation" | null;
      /** Drug requested */
      readonly requestedDrug?: "interferon-beta-1a-im" | "interferon-beta-1a-sc" | "interferon-beta-1b-sc" | "glatiramer-acetate" | "teriflunomide" | "natalizumab" | null;
      /** Immunomodulator currently taken (for a switch) */
      readonly currentDrug?: "interferon-beta-1a-im" | "interferon-beta-1a-sc" | "interferon-beta-1b-sc" | "glatiramer-acetate" | "teriflunomide" | "natalizumab" | null;
      /** Clinical form */
      readonly clinicalForm?: "relapsing-remitting" | "clinically-isolated-syndrome" | "secondary-progressive" | "progressive-relapsing" | null;
      /** EDSS score */
      readonly edssScore?: number | string | NumberBoundInput | null;
      /** Imaging suggestive of multiple sclerosis (brain and/or spinal MRI) */
      readonly cisSuggestiveMri?: boolean | null;
      /** Another aetiological diagnosis has been excluded with certainty */
      readonly otherDiagnosisExcluded?: boolean | null;
      /** Did not respond to a complete and adequate course of beta interferon, glatiramer acetate or teriflunomide */
      readonly noResponseToCompleteCourse?: boolean | null;
      /** Dates of relapses while on treatment */
      readonly relapseDatesOnTreatment?: readonly string[] | null;
      /** Number of T2-hyperintense lesions on cranial MRI */
      readonly t2LesionCount?: number | string | NumberBoundInput | null;
      /** Number of gadolinium-enhancing lesions on cranial MRI */
      readonly gadoliniumLesionCount?: number | string | NumberBoundInput | null;
      /** Dates of disabling relapses */
      readonly disablingRelapseDates?: readonly string[] | null;
      /** Significant increase in T2 lesion load compared with a recent earlier MRI */
      readonly significantT2LoadIncrease?: boolean | null;
      /** Sex */
      readonly sex?: "female" | "male" | null;
      /** The patient is pregnant or breastfeeding */
      readonly pregnantOrBreastfeeding?: boolean | null;
      /** Hard-to-bear adverse reactions to the drug requested */
      readonly intolerableAdverseReactions?: boolean | null;
      /** The patient refuses the treatment */
      readonly refusesTreatment?: boolean | null;
      /** A severe hematological, hepatic or other associated disease that the treatment could worsen has appeared */
      readonly severeAssociatedDisease?: boolean | null;
      /** Steady clinical worsening under treatment */
      readonly steadyClinicalWorsening?: boolean | null;
      /** Severe or hard-to-tolerate side effects under the current treatment */
      readonly severeSideEffects?: boolean | null;
      /** Decreased compliance under the current treatment */
      readonly decreasedCompliance?: boolean | null;
      /** The clinical course changed under the current treatment (the clinical form given is the new one) */
      readonly clinicalFormChanged?: boolean | null;
      /** Depressive disorders have appeared */
      readonly depressiveDisorder?: boolean | null;
      /** Decreased clinical efficacy under the current first-line treatment */
      readonly decreasedClinicalEfficacy?: boolean | null;
      /** Dates of relapses */
      readonly relapseDates?: readonly string[] | null;
    };
    criteria: "a1-relapsing-remitting" | "a2-clinically-isolated-syndrome" | "a3-secondary-progressive" | "a4-progressive-relapsing" | "a5-non-responder" | "a6-rapidly-evolving" | "b1-intolerable-adverse-reactions" | "b2-permanent-immobilisation" | "b3-refuses-treatment" | "b4-pregnancy-breastfeeding" | "b5-severe-associated-disease" | "c1-steady-worsening" | "c2-side-effects" | "c3-compliance" | "c4-clinical-form-changed" | "c5-depression-on-interferon" | "c6-natalizumab-after-first-line";
    outputs: "allowedUnder" | "drugPointedTo";
  };
  /** Breast reconstruction by implants after oncological disease */
  "onco-breast-reconstruction": {
    facts: {
      /** The breast reconstruction is needed after an oncological disease */
      readonly afterOncologicalDisease?: boolean | null;
      /** The stage oncological evaluation explicitly endorses the indication of breast reconstruction (immediate or secondary) */
      readonly stageEvaluationEndorsesReconstruction?: boolean | null;
      /** The timing of reconstruction endorsed */
      readonly reconstructionTiming?: "immediate" | "secondary" | null;
      /** The oncological treatment protocol does not allow the reconstructive treatment */
      readonly protocolDoesNotAllowReconstruction?: boolean | null;
      /** Interdisciplinary evaluations find severe systemic diseases that contraindicate the surgery or general anaesthesia */
      readonly systemicDiseaseContraindicatesSurgery?: boolean | null;
    };
    criteria: "after-oncological-disease" | "stage-evaluation-endorsement" | "no-protocol-exclusion" | "no-systemic-contraindication";
    outputs: "reconstruction";
  };
  /** Drug treatment of oncology patients (adults and children): inclusion, exclusion, re-inclusion, prescribers and dispensing */
  "onco-drug-treatment": {
    facts: {
      /** The patient's status in the subprogram on the evaluation date */
      readonly subprogramStatus?: "not-enrolled" | "enrolled" | "excluded" | null;
      /** The diagnosis of neoplastic disease is established by the procedures of recognised national and international guidelines and treatises */
      readonly neoplasticDiagnosisEstablished?: boolean | null;
      /** The tumour extent has been staged by the procedures of recognised guidelines and treatises */
      readonly tumourExtentStaged?: boolean | null;
      /** The recommended cytostatic doses are exhausted */
      readonly recommendedCytostaticDosesExhausted?: boolean | null;
      /** The time for which the treatment is given is exhausted */
      readonly treatmentTimeExhausted?: boolean | null;
      /** The patient asks to leave the subprogram */
      readonly patientRequestsExclusion?: boolean | null;
      /** A recurrence of the disease has been found */
      readonly recurrenceFound?: boolean | null;
      /** Progression of the stabilised disease has been found */
      readonly stabilisedDiseaseProgressionFound?: boolean | null;
      /** The patient needs the antineoplastic treatment to be restarted */
      readonly antineoplasticTreatmentMustRestart?: boolean | null;
      /** The prescription in question */
      readonly prescriptionStage?: "initiation" | "continuation" | "none" | null;
      /** The prescribing physician's qualification */
      readonly prescriberQualification?: "oncologist" | "haematologist" | "paediatrician-onco-haematology" | "paediatric-onco-haematology-specialist" | "family-physician" | "other" | null;
      /** The family physician is designated by the health insurance house (county shortage of oncologists or haematologists) */
      readonly familyPhysicianDesignatedByCas?: boolean | null;
      /** There is the specialist's medical letter */
      readonly specialistMedicalLetter?: boolean | null;
      /** Treatment setting */
      readonly careSetting?: "hospital-stay" | "ambulatory" | null;
      /** Route of administration of the pharmaceutical form */
      readonly administrationRoute?: "oral" | "subcutaneous" | "intramuscular" | "other-parenteral" | null;
      /** The medicine's INN (for subcutaneous/intramuscular forms) */
      readonly dispensedDci?: "filgrastim" | "pegfilgrastim" | "leuprorelin" | "goserelin" | "triptorelin" | "fulvestrant" | "interferon-alfa-2a" | "interferon-alfa-2b" | "bortezomib" | "trastuzumab-600mg-5ml" | "azacitidine" | "rituximab-120mg-ml-1400mg" | "other" | null;
    };
    criteria: "inclusion-diagnosis-staging" | "exclusion-doses-exhausted" | "exclusion-treatment-time" | "exclusion-patient-request" | "reinclusion-recurrence-progression" | "prescriber-initiation" | "prescriber-continuation";
    outputs: "enrolmentTransition" | "dispensingChannel";
  };
  /** Genetic diagnosis of malignant solid tumours (Ewing sarcoma and neuroblastoma) in children and adults */
  "onco-genetic-diagnosis": {
    facts: {
      /** The genetic test requested */
      readonly requestedTest?: "neuroblastoma" | "ewing-sarcoma" | null;
      /** The patient's presumptive diagnosis */
      readonly presumptiveDiagnosis?: "neuroblastoma" | "ewing-sarcoma" | "other-or-none" | null;
      /** The unit performing the test */
      readonly performingUnit?: "victor-babes" | "chiricuta" | "other" | null;
      /** The service is requested on the request form (the model of Annex 10) */
      readonly requestFormCompleted?: boolean | null;
      /** The sample is not collected at the named provider but sent to it */
      readonly sampleSentFromElsewhere?: boolean | null;
    };
    criteria: "presumptive-diagnosis" | "request-form" | "named-unit";
    outputs: "geneticTestTariff" | "cardPresentation";
  };
  /** Diagnosis and minimal-residual-disease monitoring of acute leukaemia (children and adults) */
  "onco-leukemia-diagnosis": {
    facts: {
      /** The service requested */
      readonly requestedService?: "initial-diagnosis" | "certainty-immunophenotyping" | "certainty-cytogenetics" | "certainty-molecular" | "mrd-immunophenotyping" | "mrd-cytogenetics" | "mrd-molecular" | null;
      /** The patient has a presumptive diagnosis of acute leukaemia */
      readonly presumptiveAcuteLeukaemia?: boolean | null;
      /** The presumptive diagnosis is proved by a cytomorphology examination */
      readonly provenByCytomorphology?: boolean | null;
      /** Date of the cytomorphology examination */
      readonly cytomorphologyDate?: string | null;
      /** Date of the referral for complex investigation (immunophenotyping, cytogenetics, molecular biology) */
      readonly referralDate?: string | null;
      /** The patient is diagnosed with acute leukaemia */
      readonly acuteLeukaemiaDiagnosed?: boolean | null;
      /** The patient is under drug treatment for the acute leukaemia */
      readonly underDrugTreatment?: boolean | null;
      /** The unit performing the service */
      readonly performingUnit?: "fundeni" | "suub" | "coltea" | "louis-turcanu" | "chiricuta" | "iro-iasi" | "targu-mures" | "other" | null;
      /** The service is requested on the request form (the model of Annex 9) */
      readonly requestFormCompleted?: boolean | null;
      /** The sample is not collected at the named provider but sent to it */
      readonly sampleSentFromElsewhere?: boolean | null;
    };
    criteria: "initial-diagnosis-presumptive" | "certainty-diagnosis-cytomorphology" | "mrd-diagnosed-under-treatment" | "request-form" | "named-unit";
    outputs: "leukaemiaServiceTariff" | "cardPresentation";
  };
  /** Day-hospital radiotherapy of oncology patients: inclusion, indications per technique, interruption, tariffs */
  "onco-radiotherapy": {
    facts: {
      /** The patient has an oncological disease */
      readonly oncologicalDisease?: boolean | null;
      /** The therapeutic-indication medical commission recommends radiotherapy */
      readonly commissionRecommends?: boolean | null;
      /** The commission includes at least one radiotherapist */
      readonly commissionHasRadiotherapist?: boolean | null;
      /** The commission includes at least one oncologist */
      readonly commissionHasOncologist?: boolean | null;
      /** The commission includes the patient's attending physician (who may also be its radiotherapist or oncologist) */
      readonly commissionHasAttendingPhysician?: boolean | null;
      /** The radiotherapy is given in day hospital */
      readonly dayHospital?: boolean | null;
      /** The radiotherapy technique proposed */
      readonly technique?: "orthovoltage" | "cobalt" | "linac-2d" | "linac-3d" | "imrt" | "brachy-intracavitary" | "brachy-interstitial" | "brachy-contact" | null;
      /** Tumour site / type */
      readonly tumourSite?: "skin" | "superficial" | "semi-deep-or-deep" | "breast" | "ent" | "nasopharynx" | "nasal-fossa" | "external-auditory-canal" | "brain" | "other-cns" | "prostate" | "cervix-or-uterine-body" | "vagina" | "rectum" | "anus-anal-canal" | "oesophagus" | "lung-bronchus" | "trachea" | "eyelid" | "sarcoma" | "other" | null;
      /** Intent of the treatment */
      readonly treatmentIntent?: "curative" | "palliative" | "symptomatic" | "prophylactic" | null;
      /** It is documented that the 90% isodose covers the tumour, under ideal conditions */
      readonly isodose90CoversTumourDocumented?: boolean | null;
      /** Pelvic irradiation by the "box" technique */
      readonly pelvisBoxTechnique?: boolean | null;
      /** Life expectancy is not affected by associated pathology */
      readonly lifeExpectancyUnaffectedByAssociatedPathology?: boolean | null;
      /** Irradiation of a recurrence or of a tumour after a "geographic miss" */
      readonly recurrenceOrGeographicMiss?: boolean | null;
      /** A better dose distribution than 3D conformal irradiation is documented */
      readonly betterDoseDistributionThan3dDocumented?: boolean | null;
      /** Irradiation after limited surgery for breast cancer in a patient with large breasts */
      readonly limitedBreastSurgeryLargeBreasts?: boolean | null;
      /** Chest-wall irradiation after mastectomy */
      readonly chestWallAfterMastectomy?: boolean | null;
      /** Paediatric radiotherapy (the patient is a child) */
      readonly paediatricRadiotherapy?: boolean | null;
      /** The nasopharyngeal tumour is accessible to intracavitary brachytherapy */
      readonly tumourAccessibleForBrachytherapy?: boolean | null;
      /** The brachytherapy is a dose boost or palliative irradiation of recurrences */
      readonly boostOrRecurrencePalliation?: boolean | null;
      /** The patient is under radiotherapy (interruption is asked about) */
      readonly radiotherapyInProgress?: boolean | null;
      /** The patient decides to stop */
      readonly patientDecidesToStop?: boolean | null;
      /** The disease progresses under treatment */
      readonly diseaseProgressesUnderTreatment?: boolean | null;
      /** Side effects or acute complications of the treatment endanger the patient's life */
      readonly lifeThreateningAdverseEffects?: boolean | null;
      /** The disease progresses at distant sites during radiotherapy */
      readonly distantProgressionDuringRadiotherapy?: boolean | null;
    };
    criteria: "oncological-disease" | "commission-recommendation" | "day-hospital-setting" | "indication-orthovoltage" | "indication-cobalt" | "indication-linac-2d" | "indication-linac-3d" | "indication-imrt" | "indication-brachy-intracavitary" | "indication-brachy-interstitial" | "indication-brachy-contact" | "interruption-patient-decision" | "interruption-progression-under-treatment" | "interruption-life-threatening-effects" | "interruption-distant-progression";
    outputs: "indicatedTechniques" | "interruptionGrounds" | "radiotherapyTariff";
  };
  /** Monitoring the course of disease in oncology patients by PET-CT (adults and children): eligibility criteria */
  "pet-ct": {
    facts: {
      /** Patient's age group */
      readonly patientAgeGroup?: "adult" | "child" | null;
      /** Patient's date of birth */
      readonly birthDate?: string | null;
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
      readonly mediastinalNodeMaxCm?: number | string | NumberBoundInput | null;
      /** Equivocal lesions that might be metastases (for example an enlarged adrenal gland) */
      readonly equivocalPossibleMetastasis?: boolean | null;
      /** Size of the solitary pulmonary nodule to characterise (cm) */
      readonly solitaryPulmonaryNoduleCm?: number | string | NumberBoundInput | null;
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
      readonly chemotherapyCyclesCompleted?: number | string | NumberBoundInput | null;
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
      readonly treatmentLine?: number | string | NumberBoundInput | null;
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
      /** Decision of the CNAS expert commission on the PET-CT recommendation */
      readonly expertCommissionDecision?: "approved" | "refused" | "not-yet-decided" | null;
    };
    criteria: "A.1.a" | "A.1.b" | "A.1.c" | "A.2.a" | "A.2.b" | "A.2.c" | "A.3.a" | "A.3.b" | "A.3.c" | "A.3.d" | "A.4.a" | "A.4.b" | "A.4.c" | "A.5" | "A.6.a" | "A.6.b" | "A.7.a" | "A.7.b" | "A.8.a" | "A.8.b" | "A.9.a" | "A.9.b" | "A.10.a" | "A.10.b" | "A.11.a" | "A.11.b" | "A.12.a" | "A.12.b" | "A.12.c" | "A.12.d" | "A.12.e" | "A.13.a" | "A.13.b" | "A.14.a" | "A.14.b" | "A.14.c" | "A.15.a" | "A.15.b" | "A.16" | "A.17.a" | "A.17.b" | "A.17.c" | "A.17.d" | "A.17.e" | "A.17.f" | "A.17.g" | "A.17.h" | "A.17.i" | "A.17.j" | "A.18.a" | "A.18.b" | "A.19.a" | "A.19.b" | "A.20.a" | "A.20.b" | "A.20.c" | "A.20.d" | "A.20.e" | "A.20.f" | "A.21.a" | "A.21.b" | "A.22" | "B.1.a" | "B.1.b" | "B.1.c" | "B.1.d" | "B.1.e" | "B.2.a" | "B.2.b" | "B.2.c" | "B.2.d" | "B.3.a" | "B.3.b" | "B.3.c" | "B.4.a" | "B.4.b" | "B.4.c" | "B.5.a" | "B.5.b" | "B.5.c" | "B.5.d" | "B.6.a" | "B.6.b" | "B.6.c" | "B.6.d" | "B.7.a" | "B.7.b" | "B.7.c" | "B.7.d" | "B.8.a" | "B.8.b" | "B.8.c" | "B.8.d" | "B.9.a" | "B.9.b" | "B.9.c" | "B.10.a" | "B.10.b" | "B.10.c" | "B.11.a" | "B.11.b" | "B.11.c" | "B.11.d" | "B.12";
    outputs: "petCtTariff" | "expertCommissionApproval" | "coverage" | "fdgUptakeWarnings";
  };
  /** Long-term oxygen therapy with a portable oxygen concentrator */
  "portable-oxygen": {
    facts: {
      /** Kind of prescription */
      readonly prescriptionType?: "initial" | "renewal" | null;
      /** The patient has an indication for long-term oxygen therapy with a stationary oxygen concentrator */
      readonly hasStationaryLtotIndication?: boolean | null;
      /** FEV1/VC ratio (%) */
      readonly fev1VcRatioPct?: number | string | NumberBoundInput | null;
      /** TLC, % of predicted (% of predicted) */
      readonly tlcPctPredicted?: number | string | NumberBoundInput | null;
      /** DLCO, % of predicted (% of predicted) */
      readonly dlcoPctPredicted?: number | string | NumberBoundInput | null;
      /** Dyspnoea score on the mMRC scale */
      readonly mmrcScore?: number | string | NumberBoundInput | null;
      /** Date of the dyspnoea (mMRC) assessment */
      readonly mmrcAssessmentDate?: string | null;
      /** Lowest SpO2 during the 6-minute walk test (%) */
      readonly sixMwtMinSpO2Pct?: number | string | NumberBoundInput | null;
      /** Date of the 6-minute walk test */
      readonly sixMwtDate?: string | null;
      /** The patient had an acute exacerbation episode before the assessments (mMRC score, 6-minute walk test) */
      readonly hadAcuteExacerbation?: boolean | null;
      /** Date of the last acute exacerbation episode before the assessments */
      readonly lastAcuteExacerbationDate?: string | null;
      /** Dates of the acute exacerbation episodes */
      readonly acuteExacerbationDates?: readonly string[] | null;
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
      readonly deviceMeanUsageHoursPerDay?: number | string | NumberBoundInput | null;
      /** The portable-oxygen indication at the treating physician's last assessment */
      readonly indicationStatus?: "persists" | "ceased-favourable-evolution" | "ceased-exacerbation-remission" | null;
      /** The person's officially assessed degree of disability */
      readonly disabilityDegree?: "none" | "mild" | "medium" | "pronounced" | "severe" | null;
      /** Duration of the requested prescription, in days (days) */
      readonly requestedDurationDays?: number | string | NumberBoundInput | null;
    };
    criteria: "c1-scope" | "c1-lung-disease" | "c1-exertional-dyspnoea" | "c1-exertional-desaturation" | "c1-benefit-decision" | "c1-renewal-annual" | "c1-renewal-compliance" | "c1-indication-persists" | "c1-prescriber" | "c1-annex-38a" | "c1-duration-within-maximum";
    outputs: "maxPrescriptionDuration" | "discontinuation";
  };
  /** Primary care: when a service is payable */
  "primary-care-service-conditions": {
    facts: {
      /** The service (table row) claimed */
      readonly service?: "service-row-01" | "service-row-02" | "service-row-03" | "service-row-04" | "service-row-05" | "service-row-06" | "service-row-07" | "service-row-08" | "service-row-09" | "service-row-10" | "service-row-11" | "service-row-12" | "service-row-13" | "service-row-14" | "service-row-15" | "service-row-16" | "service-row-17" | "service-row-18" | "service-row-19" | "service-row-20" | "service-row-21" | "service-row-23" | "service-row-24" | "service-row-25" | "service-row-26" | "service-row-27" | "service-row-28" | "service-row-29" | "service-row-30" | "service-row-31" | "service-row-32" | "service-row-33" | "service-row-34" | "service-row-35" | "service-row-36" | "service-row-37" | "service-row-38" | "service-row-39" | "service-row-40" | "service-row-41" | "service-row-42" | "service-row-43" | "service-row-44" | "service-row-45" | "service-row-46" | "service-row-47" | "service-row-48" | "capitation-per-person" | null;
      /** The person's date of birth */
      readonly birthDate?: string | null;
      /** The person's gender */
      readonly gender?: "female" | "male" | null;
      /** The first day of the pregnancy (the first day of its month 1) */
      readonly pregnancyStart?: string | null;
      /** The dates on which this same service was already paid for this person */
      readonly priorDates?: readonly string[] | null;
      /** The dates of the prevention-package consultations (c.1, c.2, c.3) already paid for the person */
      readonly packageDates?: readonly string[] | null;
      /** The person is asymptomatic */
      readonly asymptomatic?: boolean | null;
      /** The asymptomatic person was found at high risk */
      readonly highRisk?: boolean | null;
      /** A new case of the disease the row names */
      readonly newCase?: boolean | null;
      /** A housebound insured person registered on the doctor's own list */
      readonly housebound?: boolean | null;
      /** The case was confirmed by the specialist */
      readonly confirmedBySpecialist?: boolean | null;
      /** The date the new case was confirmed (case-management supplement) */
      readonly confirmationDate?: string | null;
      /** The person has one or more of the chronic diseases included in case management */
      readonly caseManagementDisease?: boolean | null;
      /** A confirmed tuberculosis patient */
      readonly tbConfirmed?: boolean | null;
      /** The month's complete treatment scheme was carried out */
      readonly dotSchemeComplete?: boolean | null;
      /** The cancer case was suspected by the family doctor */
      readonly suspectedByFamilyDoctor?: boolean | null;
      /** The date the family doctor received the confirmation of the cancer case */
      readonly confirmationReceivedDate?: string | null;
      /** Services of the same kind the doctor already gave in the same hour (servicii) */
      readonly servicesThisHour?: number | string | NumberBoundInput | null;
    };
    criteria: "once-per-emergency" | "once-per-endemic-disease" | "once-pregnancy-registration" | "once-at-home" | "once-death-examination" | "once-per-home-emergency" | "two-per-episode" | "two-per-home-episode" | "family-planning-two-per-calendar-year" | "preventive-once-per-three-calendar-years" | "child-once-per-year" | "risk-chart-two-per-three-calendar-years" | "high-risk-two-per-year" | "chronic-once-per-month" | "dot-once-per-month" | "pregnancy-and-postpartum-woman" | "first-trimester" | "pregnancy-months-3-to-7" | "once-per-pregnancy-month" | "pregnancy-months-7-to-9" | "twice-per-pregnancy-month" | "adult-over-18" | "child-at-one-month" | "child-at-nominated-month" | "once-per-nominated-month" | "child-4-to-18" | "adult-18-to-39" | "adult-over-40" | "asymptomatic-adult" | "found-at-high-risk" | "package-at-most-three" | "package-within-six-months" | "once-per-package" | "new-case" | "housebound-own-list" | "evaluation-at-most-three" | "evaluation-within-three-months" | "confirmed-by-specialist" | "supplement-once-in-confirmation-quarter" | "case-management-disease" | "monitoring-second-within-90-days" | "monitoring-new-after-six-months" | "tb-confirmed-complete-scheme" | "cancer-suspected-and-confirmed" | "cancer-once-in-confirmation-month" | "three-services-per-hour" | "capitation-row-by-age-and-gender";
    outputs: "limitReached";
  };
  /** Deadlines of the control of the programs */
  "program-control-deadlines": {
    facts: {
      /** Deadline checked */
      readonly check?: "implementation-report" | "annual-control" | null;
      /** Year the annual control covers */
      readonly controlledYear?: "2017" | "2018" | "2019" | "2020" | null;
      /** Date the annual control was carried out (completed) */
      readonly controlDate?: string | null;
      /** Date the control report was communicated to the controlled entity */
      readonly reportCommunicatedDate?: string | null;
      /** Date the entity communicated how it implemented the measures */
      readonly implementationReportDate?: string | null;
    };
    criteria: "implementation-report-in-time" | "annual-control-in-time";
    outputs: "term";
  };
  /** Prescribing by international non-proprietary name (DCI) and its exceptions */
  "program-dci-prescribing": {
    facts: {
      /** How the prescription names the drug */
      readonly namedBy?: "dci" | "trade-name" | null;
      /** Kind of drug */
      readonly productKind?: "biological" | "cost-volume" | "other" | null;
      /** The trade-name prescription is medically justified in the patient's file */
      readonly justifiedInFile?: boolean | null;
      /** Ground of the medical justification */
      readonly justificationGround?: "adverse-reactions" | "ineffectiveness" | "therapy-scheme" | "other" | null;
      /** The corresponding DCI is stated on the prescription */
      readonly dciOnPrescription?: boolean | null;
    };
    criteria: "dci-allowed" | "trade-name-ground" | "dci-stated";
    outputs: "namingBasis";
  };
  /** The pharmacy that dispenses the specific drugs, by program */
  "program-dispensing-channel": {
    facts: {
      /** Program / treatment */
      readonly treatment?: "multiple-sclerosis" | "haemophilia" | "thalassaemia" | "endocrine-disease" | "methadone" | "liver-transplant-hepatitis-recurrence" | "post-transplant" | "cystic-fibrosis" | "als" | "hereditary-angioedema" | "idiopathic-pulmonary-fibrosis" | "duchenne" | "prader-willi" | "leber-optic-neuropathy" | "lymphangioleiomyomatosis" | "rare-disease-other" | null;
      /** Where the treatment is given */
      readonly setting?: "ambulatory" | "hospital-stay" | null;
      /** The dispensing pharmacy */
      readonly pharmacy?: "closed-circuit" | "closed-circuit-other-unit" | "open-circuit" | null;
    };
    criteria: "closed-circuit-ambulatory" | "open-circuit-ambulatory" | "rare-disease-inpatient" | "other-inpatient";
    outputs: "dispensingPharmacy";
  };
  /** Prescribing and dispensing in the national curative health programs */
  "program-prescribing": {
    facts: {
      /** What is checked */
      readonly check?: "prescription-period" | "fractional-dispensing" | "post-transplant-dispensing" | null;
      /** Program / condition */
      readonly program?: "diabetes" | "oncology" | "multiple-sclerosis" | "osteoporosis" | "hemophilia" | "thalassemia" | "pulmonary-arterial-hypertension" | "epidermolysis-bullosa" | "tuberous-sclerosis" | "hyperphenylalaninemia" | "systemic-sclerosis-digital-ulcers" | "cystic-fibrosis" | "post-transplant" | "other" | null;
      /** What is prescribed */
      readonly prescribedItem?: "specific-medicine" | "insulin-pump-consumables" | "epidermolysis-bullosa-materials" | "other-medical-materials" | null;
      /** The medicine is under a cost-volume contract */
      readonly costVolume?: boolean | null;
      /** Period prescribed, in days (days) */
      readonly prescriptionDays?: number | string | NumberBoundInput | null;
      /** Online electronic prescription */
      readonly onlinePrescription?: boolean | null;
      /** Date of the first dispensing */
      readonly firstDispensingDate?: string | null;
      /** Quantity dispensed in this fraction (of one medicine) */
      readonly fractionQuantity?: number | string | NumberBoundInput | null;
      /** Monthly quantity of that medicine, from the quantity the doctor wrote */
      readonly monthlyQuantity?: number | string | NumberBoundInput | null;
      /** Date of the transplant centre's medical letter */
      readonly medicalLetterDate?: string | null;
      /** Value of the prescription per month (lei) */
      readonly prescriptionValuePerMonthLei?: number | string | NumberBoundInput | null;
      /** The prescription has the approval of the head of the accredited centre */
      readonly centreHeadApproval?: boolean | null;
    };
    criteria: "prescribing-period" | "fractional-first-dispensing" | "fractional-monthly-quantity" | "post-transplant-dispensing" | "post-transplant-letter-valid" | "post-transplant-approval";
    outputs: "maxPrescriptionDays" | "centreHeadApprovalNeeded";
  };
  /** Settlement, validation and correction deadlines */
  "program-settlement-deadlines": {
    facts: {
      /** Deadline checked */
      readonly check?: "settlement" | "validation" | "correction" | "provider-reporting" | "cas-reporting" | "cas-in-person-presentation" | null;
      /** What is settled */
      readonly serviceType?: "dialysis" | "radiotherapy" | "drugs-materials" | "other-services" | null;
      /** Date the invoice (with the required documents) was filed */
      readonly invoiceFiledDate?: string | null;
      /** Date of settlement */
      readonly paymentDate?: string | null;
      /** Date the insurance house received the statements */
      readonly receivedDate?: string | null;
      /** Date of validation */
      readonly validationDate?: string | null;
      /** Date the errors were notified electronically */
      readonly errorNoticeDate?: string | null;
      /** Date the provider corrected them */
      readonly correctionDate?: string | null;
      /** Last day of the month (period) reported */
      readonly periodEndDate?: string | null;
      /** Date of the report */
      readonly reportDate?: string | null;
      /** Date the quarterly report was presented in person, in original, to the CNAS curative programs directorate */
      readonly presentationDate?: string | null;
    };
    criteria: "settlement-within-term" | "validation-within-term" | "correction-within-term" | "provider-report-within-term" | "cas-report-within-term" | "cas-presentation-within-term";
    outputs: "term";
  };
  /** Selection of the specialised units that run the programs */
  "program-unit-selection": {
    facts: {
      /** What is checked */
      readonly check?: "cas-verification" | "cnas-notification" | "conformity-plan" | "cas-verification" | "cnas-notification" | "conformity-plan" | "covid-takeover-unit" | null;
      /** Date the request for inclusion was filed with the insurance house */
      readonly requestFiledDate?: string | null;
      /** Date the insurance house verified (endorsed or not) the criteria */
      readonly verificationDate?: string | null;
      /** Date the evaluation questionnaire was endorsed */
      readonly endorsementDate?: string | null;
      /** Date the list was communicated to CNAS */
      readonly notificationDate?: string | null;
      /** The unit was under contract for the program on 31.03.2017 and was endorsed with a conformity plan */
      readonly underContractOn20170331?: boolean | null;
      /** Date the unit meets every criterion of the questionnaire (actual, or planned in the conformity plan) */
      readonly criteriaMetDate?: string | null;
      /** The unit took over, during or after the state of emergency, program patients of hospitals that treated COVID-19 patients */
      readonly tookOverCovidPatients?: boolean | null;
      /** The unit is nominated in the technical norms (selected under art. 42) */
      readonly nominated?: boolean | null;
    };
    criteria: "verification-in-time" | "notification-in-time" | "conformity-in-time" | "may-run-programs";
    outputs: "term";
  };
};

/** The id of a bundled rule set. */
export type BundledRuleSetId = keyof BundledRegistry;
