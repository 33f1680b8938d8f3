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
