import { propertyTests } from './support/properties.js';

// The rule sets are split over two files so that the two halves run on two cores.
propertyTests(0, 2);
