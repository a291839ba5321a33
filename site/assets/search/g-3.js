(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-3"]={"p":"iKJjIeiIXMLhGO"};
