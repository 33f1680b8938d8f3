// Generated from the bundled rule files by `npm run generate`. Do not edit by hand.

/** The bundled rule sets: the facts each takes and the ids of its criteria and outputs. */
export type BundledRegistry = {
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
      /** Clinical situation the PET-CT is requested for */
      readonly clinicalSituation?: "primary-tumour-search" | "staging" | "restaging" | "response-assessment" | "residual-disease" | "suspected-recurrence" | "treated-disease-follow-up" | "differential-diagnosis" | "lesion-characterisation" | "biopsy-guidance" | "pre-transplant-evaluation" | "post-transplant-evaluation" | "other" | null;
      /** Result of conventional imaging */
      readonly conventionalImagingResult?: "negative-or-normal" | "equivocal-or-inconclusive" | "shows-disease" | null;
      /** Recurrence (progression) is suspected clinically */
      readonly recurrenceSuspectedClinically?: boolean | null;
      /** Recurrence (progression) is suspected on other imaging */
      readonly recurrenceSuspectedOnImaging?: boolean | null;
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
