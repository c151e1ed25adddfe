// Browser journeys drive real Chromium (and video) against the real portal.
jest.setTimeout(120_000);
