(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-9"]={"p":"VPiNhSOPiHjTNBhbG"};
