/** A phone number as a link a desk phone or softphone can dial. */
export const telHref = (phone: string) => `tel:${phone.replace(/\s/g, '')}`;
