export const TOLLGATE_VERSION = "0.1.0";
export const TOLLGATE_URI = "https://github.com/tollgate-dev/tollgate";
