/** English messages: rules. */
export const rulesMessages = {
  // Validation messages, keyed as the schemas report them.
  'field.invalid': 'This value is not valid.',
  'id.invalid': 'Invalid record id.',
  'text.tooLong': 'Too long.',
  'name.required': 'Name is required.',
  'date.invalid': 'Not a real date.',
  'date.future': 'This date is in the future.',
  'number.invalid': 'Not a valid number.',
  'phone.empty': 'Phone number is empty.',
  'phone.tooShort': 'Too few digits for a phone number.',
  'phone.tooLong': 'Too many digits for a phone number.',
  'phone.invalid':
    'Not a phone number (mobile: 11 digits starting 13–19; landline: area code + number; other countries: + and the country code).',
  'phone.notMobile': 'This is a landline; put it in “Other phone”.',
  // An imported cell that is no phone number, naming the column and the value.
  'phone.cell.invalid': 'Column “{column}”: “{value}” is not a phone number.',
  'email.invalid': 'Not a valid email address.',
  'residentId.length': 'A resident ID has 18 characters.',
  'residentId.format': 'A resident ID is 17 digits followed by a digit or X.',
  'residentId.checkDigit': 'The check digit does not match: the ID number has a typo.',
  'residentId.birthDate': 'The birth date inside this ID number is not a real date.',
  'creditCode.length': 'A unified social credit code has 18 characters.',
  'creditCode.format': 'A unified social credit code uses digits and capital letters except I, O, Z, S, V.',
  'creditCode.checkChar': 'The check character does not match: the code has a typo.',
  'residencePermit.format':
    'A Hong Kong/Macau/Taiwan residence permit number is 18 digits (the last may be X) starting with 810000, 820000 or 830000.',
  'foreignPermanent.format':
    'A foreign permanent resident ID is 18 digits starting with 9, or on older cards 3 letters and 12 digits.',
  'hkMacauPermit.format': 'A home return permit number is H or M followed by 8 digits (10 on older permits).',
  'taiwanPermit.format': 'A Taiwan compatriot permit number is 8 digits (10 on older permits).',
  'passport.format': 'A passport number is 5 to 17 letters and digits.',
  'idType.company': 'A unified social credit code is a company’s; choose the person’s document.',
  'idType.person': 'A company is identified by its unified social credit code, not a person’s document.',
  'idType.residentId': 'Resident ID card',
  'idType.residencePermit': 'Residence permit (Hong Kong/Macau/Taiwan)',
  'idType.foreignPermanent': 'Foreign permanent resident ID',
  'idType.hkMacauPermit': 'Home return permit (Hong Kong/Macau)',
  'idType.taiwanPermit': 'Taiwan compatriot permit',
  'idType.passport': 'Passport',
  'idType.creditCode': 'Unified social credit code',
} as const;
