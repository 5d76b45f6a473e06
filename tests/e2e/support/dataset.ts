import { toDataset } from "../../../lib/dataset";
import { loadRawDataset } from "../../../lib/load";

/** The dataset the app under test was built from (TYL_DATA_DIR, else data/). */
export const dataset = toDataset(loadRawDataset());
