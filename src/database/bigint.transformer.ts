import { ValueTransformer } from 'typeorm';

// pg returns bigint as a string; amounts in fen stay far below 2^53, so a JS number is exact.
export const bigintAsNumber: ValueTransformer = {
  to: (value?: number | null) => value,
  from: (value?: string | null) => (value === null || value === undefined ? value : Number(value)),
};
