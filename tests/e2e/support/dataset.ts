import { toDataset } from "../../../lib/dataset";
import { datasetVersion } from "../../../lib/dataset-version";
import { loadRawDataset } from "../../../lib/load";

const raw = loadRawDataset();

/** The dataset the app under test was built from (TYL_DATA_DIR, else data/). */
export const dataset = toDataset(raw);

/** Its version as the banner shows it and links carry it (`v=`). */
export const shippedVersion = datasetVersion(raw);
