import { secureHeaders } from 'hono/secure-headers';

/**
 * Strict headers for the UI and the API: scripts, styles, fonts and connections from this origin
 * only (no inline script; the built UI needs none), images from here only,
 * no framing, and every powerful browser feature switched off.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const permissionsPolicy = {
  accelerometer: false,
  camera: false,
  geolocation: false,
  gyroscope: false,
  magnetometer: false,
  microphone: false,
  payment: false,
  usb: false,
  interestCohort: false,
  browsingTopics: false,
};

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy,
    permissionsPolicy,
    crossOriginResourcePolicy: 'same-origin',
    referrerPolicy: 'no-referrer',
  });
