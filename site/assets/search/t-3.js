(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["t-3"]={"p":"hHYNFhGSiAfPPfBhQQfa"};
