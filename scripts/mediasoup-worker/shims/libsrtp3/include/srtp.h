/*
 * libsrtp 3 API on top of libsrtp 2 (Debian's libsrtp2-dev), for the mediasoup worker.
 *
 * The worker is written against versatica's libsrtp 3 fork and includes <srtp.h>.
 * This header is found first (see ../meson.build), includes the real libsrtp 2 header
 * and adds only what the worker uses from v3 that v2 lacks or shapes differently:
 *
 *   - error codes srtp_err_status_buffer_small (28) and srtp_err_status_cryptex_err (29);
 *   - srtp_stream_remove() (v2 calls it srtp_remove_stream());
 *   - srtp_protect(), srtp_protect_rtcp(), srtp_unprotect(), srtp_unprotect_rtcp() with
 *     v3's shape: separate in/out buffers, size_t lengths, *out_len is the out buffer's
 *     capacity on input and the result length on output, plus an mki_index on protect.
 *     They copy the packet into the out buffer and call v2's in-place functions. These
 *     are C++ overloads of v2's C functions (different parameter lists), so both coexist.
 *
 * Everything else (srtp_policy_t fields, crypto policy setters, events) is identical in v2.
 */
#ifndef HEZHOU_SRTP3_ON_SRTP2_H
#define HEZHOU_SRTP3_ON_SRTP2_H

#include <srtp2/srtp.h>

#ifdef __cplusplus

#include <climits> // INT_MAX
#include <cstddef>
#include <cstdint>
#include <cstring> // std::memmove()

// Error codes added in libsrtp 3, after srtp_err_status_pkt_idx_adv (27).
inline constexpr srtp_err_status_t srtp_err_status_buffer_small =
  static_cast<srtp_err_status_t>(28);
inline constexpr srtp_err_status_t srtp_err_status_cryptex_err = static_cast<srtp_err_status_t>(29);

inline srtp_err_status_t srtp_stream_remove(srtp_t session, uint32_t ssrc)
{
	return srtp_remove_stream(session, ssrc);
}

namespace hezhou_srtp3_compat
{
	// v2 appends the trailer in place after the packet: auth tag + MKI, and for SRTCP
	// also the 4-byte E flag + SRTCP index. The out buffer must have room for it.
	inline size_t MaxTrailer(bool rtcp)
	{
		return SRTP_MAX_TRAILER_LEN + (rtcp ? 4u : 0u);
	}

	inline srtp_err_status_t Protect(
	  bool rtcp, srtp_t ctx, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t mkiIndex)
	{
		// The worker never configures MKI; refuse rather than silently ignore one.
		if (mkiIndex != 0 || !in || !out || !outLen)
			return srtp_err_status_bad_param;

		if (inLen > static_cast<size_t>(INT_MAX) - MaxTrailer(rtcp))
			return srtp_err_status_bad_param;

		if (*outLen < inLen + MaxTrailer(rtcp))
			return srtp_err_status_buffer_small;

		if (out != in)
			std::memmove(out, in, inLen);

		int len = static_cast<int>(inLen);
		const srtp_err_status_t err =
		  rtcp ? ::srtp_protect_rtcp(ctx, out, &len) : ::srtp_protect(ctx, out, &len);

		if (err == srtp_err_status_ok)
			*outLen = static_cast<size_t>(len);

		return err;
	}

	inline srtp_err_status_t Unprotect(
	  bool rtcp, srtp_t ctx, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen)
	{
		if (!in || !out || !outLen || inLen > static_cast<size_t>(INT_MAX))
			return srtp_err_status_bad_param;

		// Decryption only shrinks the packet.
		if (*outLen < inLen)
			return srtp_err_status_buffer_small;

		if (out != in)
			std::memmove(out, in, inLen);

		int len = static_cast<int>(inLen);
		const srtp_err_status_t err =
		  rtcp ? ::srtp_unprotect_rtcp(ctx, out, &len) : ::srtp_unprotect(ctx, out, &len);

		if (err == srtp_err_status_ok)
			*outLen = static_cast<size_t>(len);

		return err;
	}
} // namespace hezhou_srtp3_compat

inline srtp_err_status_t srtp_protect(
  srtp_t ctx, const uint8_t* rtp, size_t rtpLen, uint8_t* srtp, size_t* srtpLen, size_t mkiIndex)
{
	return hezhou_srtp3_compat::Protect(false, ctx, rtp, rtpLen, srtp, srtpLen, mkiIndex);
}

inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t ctx, const uint8_t* rtcp, size_t rtcpLen, uint8_t* srtcp, size_t* srtcpLen, size_t mkiIndex)
{
	return hezhou_srtp3_compat::Protect(true, ctx, rtcp, rtcpLen, srtcp, srtcpLen, mkiIndex);
}

inline srtp_err_status_t srtp_unprotect(
  srtp_t ctx, const uint8_t* srtp, size_t srtpLen, uint8_t* rtp, size_t* rtpLen)
{
	return hezhou_srtp3_compat::Unprotect(false, ctx, srtp, srtpLen, rtp, rtpLen);
}

inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t ctx, const uint8_t* srtcp, size_t srtcpLen, uint8_t* rtcp, size_t* rtcpLen)
{
	return hezhou_srtp3_compat::Unprotect(true, ctx, srtcp, srtcpLen, rtcp, rtcpLen);
}

#endif // __cplusplus

#endif // HEZHOU_SRTP3_ON_SRTP2_H
