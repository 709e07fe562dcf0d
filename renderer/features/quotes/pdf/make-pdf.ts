// The PDF maker moved to renderer/lib so that the Budget screen prints with the same fonts; quotes keep their import.
export { makePdf, QUOTE_FONTS } from '../../../lib/make-pdf';
