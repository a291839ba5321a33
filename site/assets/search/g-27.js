(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-27"]={"p":"hOFhbKhVPiIIGiMWiUN"};
