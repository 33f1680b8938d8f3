import { differentialTests } from './support/differential.js';

// The rule sets are split over two files so that the two halves run on two cores.
differentialTests(0, 2);
