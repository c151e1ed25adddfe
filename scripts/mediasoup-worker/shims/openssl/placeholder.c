/*
 * Intentionally empty. The mediasoup worker link_whole()s a static library
 * from each subproject; this shim's real library comes from the system
 * through the matching *_dep, so an empty archive stands in for it here.
 */
typedef int hezhou_mediasoup_shim_placeholder;
