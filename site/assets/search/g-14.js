(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-14"]={"p":"lBjdPBIFfHjS"};
