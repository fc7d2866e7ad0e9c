import type { ApiError } from '../api/api-error';

/** What a user reads when a call fails, in bokmål, chosen by the error's code. */
export const errorMessage = (error: Pick<ApiError, 'code' | 'message'>): string => {
  switch (error.code) {
    case 'network':
      return 'Får ikke kontakt med tjeneren. Sjekk at Kildesvar kjører, og prøv igjen.';
    case 'index_not_ready':
      return 'Kildesvar laster fortsatt dokumentene. Prøv igjen om litt.';
    case 'index_missing':
    case 'index_mismatch':
      return 'Søkeindeksen mangler eller er utdatert. Kjør «npm run ingest» på tjeneren, og prøv igjen.';
    case 'model_missing':
      return 'Språkmodellen mangler på tjeneren. Se README for hvordan den lastes ned.';
    case 'payload_too_large':
      return 'Spørsmålet eller samtalen er for lang. Forkort spørsmålet eller start en ny samtale.';
    case 'bad_request':
      return `Tjeneren avviste spørsmålet: ${error.message}`;
    case 'not_found':
      return 'Fant ikke det som ble bedt om på tjeneren.';
    case 'invalid_response':
    case 'stream_ended':
      return 'Svaret fra tjeneren ble brutt eller var ufullstendig. Prøv igjen.';
    default:
      return 'Noe gikk galt på tjeneren. Prøv igjen.';
  }
};
