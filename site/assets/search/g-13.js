(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-13"]={"p":"RdBhViWiAIMlFPDC"};
