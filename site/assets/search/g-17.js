(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-17"]={"p":"hGiCidIdFkDhJhDN"};
