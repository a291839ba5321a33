(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-18"]={"p":"hGiCidIdFkDhOeN"};
