import { InitialSchema1764201600000 } from './1764201600000-initial-schema';

/** Every migration, oldest first. Listed explicitly so the same list works compiled and under the test runner. */
export const migrations = [InitialSchema1764201600000];
