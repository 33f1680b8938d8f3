// Generated from the bundled rule files by `npm run generate`. Do not edit by hand.

/** The bundled rule sets: the facts each takes and the ids of its criteria and outputs. */
export type BundledRegistry = {
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
