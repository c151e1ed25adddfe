// Others see enough of a personal number to recognise it, never the whole of it.
export function maskResidentId(id: string): string {
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

export function maskPhone(phone: string): string {
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}
