import type { ApiError } from '../api/api-error';
import type { Messages } from '../i18n/messages-nb';

/**
 * What the person asking reads when a call fails, chosen by the error's code: what happened and
 * what they can do, never what an operator should run.
 */
export const errorMessage = (error: Pick<ApiError, 'code'>, messages: Messages): string => {
  switch (error.code) {
    case 'network':
      return messages.errorNetwork;
    case 'index_not_ready':
      return messages.errorNotReady;
    case 'index_missing':
    case 'index_mismatch':
    case 'index_corrupt':
    case 'model_missing':
    case 'seeds_invalid':
    case 'config_invalid':
    case 'gold_set_invalid':
    case 'internal':
      return messages.errorUnavailable;
    case 'payload_too_large':
      return messages.errorTooLong;
    case 'bad_request':
      return messages.errorRejected;
    case 'not_found':
      return messages.errorNotFound;
    case 'invalid_response':
    case 'stream_ended':
      return messages.errorBroken;
    default:
      return messages.errorUnknown;
  }
};
